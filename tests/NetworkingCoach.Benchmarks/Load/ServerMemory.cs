using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>Samples the server's resident memory while a load runs, to report the peak.</summary>
internal sealed class ServerMemory(AppProcess app) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _sampling;

    public long StartBytes { get; private set; }

    public long PeakBytes { get; private set; }

    public void Start()
    {
        StartBytes = PeakBytes = app.WorkingSetBytes;
        _sampling = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                PeakBytes = Math.Max(PeakBytes, app.WorkingSetBytes);
                await Task.Delay(250);
            }
        });
    }

    public string Describe() => $"server memory (working set): {StartBytes / 1_048_576.0:0} MB at the start, {PeakBytes / 1_048_576.0:0} MB peak, {app.WorkingSetBytes / 1_048_576.0:0} MB at the end";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_sampling is not null)
        {
            await _sampling;
        }

        _stop.Dispose();
    }
}
