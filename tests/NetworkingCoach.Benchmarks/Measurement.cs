using System.Diagnostics;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// Times one run and samples the managed heap meanwhile, to report its peak; also the processor time the process spent
/// (all threads), which a busy machine disturbs far less than the wall clock.
/// </summary>
internal sealed record Measurement(TimeSpan Elapsed, long PeakHeapBytes, long AllocatedBytes)
{
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Collections of generations 0, 1 and 2 during the run (a gen 1 collection counts in gen 0 too), and the time the runtime was paused for them.</summary>
    public (int Gen0, int Gen1, int Gen2, TimeSpan Paused) Collections { get; init; }

    public static async Task<Measurement> TakeAsync(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(false);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });

        using var process = Process.GetCurrentProcess();
        var processorTime = process.TotalProcessorTime;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        await run();
        stopwatch.Stop();
        process.Refresh();
        processorTime = process.TotalProcessorTime - processorTime;
        var collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused);
        await stop.CancelAsync();
        await sampler;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        return new Measurement(stopwatch.Elapsed, peak - baseline, GC.GetTotalAllocatedBytes(precise: true) - allocated) { ProcessorTime = processorTime, Collections = collections };
    }
}
