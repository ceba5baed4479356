using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Healthy when the store opened at start-up and answers a query now; otherwise why, in a word. Details stay in the log and on the Settings page.</summary>
public sealed class DatabaseHealthCheck(DatabaseStatus status, IDbContextFactory<AppDbContext> factory, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsReady)
        {
            return HealthCheckResult.Unhealthy("unavailable");
        }

        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("ok");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            logger.LogWarning(ex, "Health check: the database is busy");
            return HealthCheckResult.Degraded("busy");
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            logger.LogError(ex, "Health check: the database does not answer");
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }
}
