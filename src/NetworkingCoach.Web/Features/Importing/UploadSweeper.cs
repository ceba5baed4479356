namespace NetworkingCoach.Web.Features.Importing;

/// <summary>Sweeps the upload folder: everything at start (no upload can be in progress then), abandoned files hourly after.</summary>
public sealed class UploadSweeper(UploadFolder folder, ILogger<UploadSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            folder.Ensure();
            folder.Sweep(TimeSpan.Zero);
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                folder.Sweep(UploadFolder.AbandonedAfter);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The upload folder cannot be swept");
        }
    }
}
