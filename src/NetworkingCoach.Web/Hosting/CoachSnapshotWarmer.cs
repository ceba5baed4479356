using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Web.Hosting;

/// <summary>
/// Computes the coach's snapshot, the dashboard and this week's list ahead of page views: at start-up
/// and a moment after the data changes, so with tens of thousands of contacts the pages open from cache.
/// </summary>
public sealed class CoachSnapshotWarmer(
    DashboardService dashboard,
    ReminderService reminders,
    DataChangeCounter changes,
    DatabaseStatus status,
    ILogger<CoachSnapshotWarmer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long warmed = -1;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            var version = changes.Version;
            if (version == warmed || !status.IsReady)
            {
                continue;
            }

            try
            {
                await dashboard.GetAsync(stoppingToken);
                await reminders.GetWeekAsync(cancellationToken: stoppingToken);
                warmed = version;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The pages compute the same data themselves and report failures there; retry on the next tick.
                logger.LogWarning(ex, "Could not precompute the dashboard");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
