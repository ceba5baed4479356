using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Cli;

/// <summary>Opens a database file given by --db and migrates it, with the same services the web app uses.</summary>
public static class CliServices
{
    public static async Task<ServiceProvider> OpenAsync(string databasePath, TextWriter error)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(error)).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None)); // failures are reported once, in plain words
        services.AddNetworkingCoachCore(DatabaseLocation.ForFile(databasePath));
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await provider.GetRequiredService<NetworkingCoach.Importing.ImportService>().TakeBackInterruptedAsync();
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }
}
