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
        }
        catch (DatabaseUnavailableException ex)
        {
            status.MarkFailed(location.DatabasePath, ex.Message);
            logger.LogCritical(ex, "Database unavailable: {Problem}", ex.Message);
        }
    }
}
