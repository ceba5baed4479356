using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Web.Hosting;

/// <summary>
/// Computes the coach's snapshot, the dashboard and this week's list ahead of page views at start-up and when
/// the user's day turns: the cold computations. After a write only the touched contacts are judged again, when a
/// page next looks, so nothing is recomputed for nobody.
/// </summary>
public sealed class CoachSnapshotWarmer(
    DashboardService dashboard,
    ReminderService reminders,
    UserCalendarSource calendars,
    DatabaseStatus status,
    ILogger<CoachSnapshotWarmer> logger) : BackgroundService
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateOnly? warmed = null;
        using var timer = new PeriodicTimer(s_interval);
        do
        {
            if (!status.IsReady)
            {
                continue;
            }

            try
            {
                var today = calendars.Current.Today;
                if (today == warmed)
                {
                    continue;
                }

                await dashboard.GetAsync(stoppingToken);
                await reminders.GetWeekAsync(cancellationToken: stoppingToken);
                warmed = today;
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
