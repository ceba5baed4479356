using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Healthy when the store opened at start-up and answers a query now.</summary>
public sealed class DatabaseHealthCheck(DatabaseStatus status, IDbContextFactory<AppDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsReady)
        {
            return HealthCheckResult.Unhealthy(status.Problem ?? "The database has not been opened.");
        }

        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var contacts = await db.Contacts.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Database {status.DatabasePath} answers ({contacts} contacts).");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"The database {status.DatabasePath} does not answer: {ex.Message}", ex);
        }
    }
}
