using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>The core's services over a data folder's database, migrated, as the app will find it.</summary>
public static class MigratedStore
{
    public static async Task<ServiceProvider> OpenAsync(string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNetworkingCoachCore(DatabaseLocation.ForFile(Path.Combine(dataDirectory, DatabaseLocation.FileName)));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return provider;
    }
}
