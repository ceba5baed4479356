using NetworkingCoach.Backups;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting;

/// <summary>
/// Takes the day's automatic backup while the app runs: a minute after start-up, then checked every hour;
/// retention (7 daily, 4 weekly) prunes the old ones.
/// </summary>
public sealed class DailyBackupRunner(BackupService backups, DatabaseStatus status, ILogger<DailyBackupRunner> logger) : BackgroundService
{
    private static readonly TimeSpan s_firstDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(s_firstDelay, stoppingToken);
            using var timer = new PeriodicTimer(s_interval);
            do
            {
                if (!status.IsReady)
                {
                    continue;
                }

                try
                {
                    await backups.BackUpDailyAsync(stoppingToken);
                }
                catch (BackupException ex)
                {
                    logger.LogError(ex, "The daily backup failed; it is tried again within the hour");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
