using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Migrates the database at start-up; a database that cannot be used is reported, not overwritten.</summary>
public static class DatabaseStartup
{
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var status = app.Services.GetRequiredService<DatabaseStatus>();
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkingCoach.Startup");
        try
        {
            var backup = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            status.MarkReady(location.DatabasePath, backup);
            logger.LogInformation("Using database {DatabasePath}", location.DatabasePath);
            await TakeBackInterruptedImportsAsync(app, logger);
        }
        catch (DatabaseUnavailableException ex)
        {
            status.MarkFailed(location.DatabasePath, ex.Message);
            logger.LogCritical(ex, "Database unavailable: {Problem}", ex.Message);
        }
    }

    // An import cut off by a crash is taken back before anyone sees half of it; a failure here must not stop the app.
    private static async Task TakeBackInterruptedImportsAsync(WebApplication app, ILogger logger)
    {
        try
        {
            await app.Services.GetRequiredService<NetworkingCoach.Importing.ImportService>().TakeBackInterruptedAsync();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Imports cut off before they finished could not be taken back at start-up");
        }
    }
}
