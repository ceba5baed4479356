using System.Diagnostics;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// Times one operation: a warm-up run, then repeated runs; reports median, min and max in milliseconds, and the
/// median processor time the process spent per run (all threads, the garbage collector's included), which other
/// processes on a busy machine disturb far less than the wall clock.
/// </summary>
public sealed record TimedRun(string Name, double Median, double Min, double Max, int Runs)
{
    public double CpuMedian { get; init; }

    public static async Task<TimedRun> TimeAsync(string name, int runs, Func<Task> prepare, Func<Task> operation)
    {
        await prepare();
        await operation();
        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            await prepare();
            process.Refresh();
            var cpuStarted = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            await operation();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStarted).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        return new TimedRun(name, times[times.Count / 2], times[0], times[^1], runs) { CpuMedian = cpu[cpu.Count / 2] };
    }

    public static void Print(IEnumerable<TimedRun> rows)
    {
        Console.WriteLine($"| {"measurement",-58} | {"median ms",9} | {"min ms",8} | {"max ms",8} | {"cpu ms",8} | {"runs",4} |");
        Console.WriteLine($"|{new string('-', 60)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 6)}|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Name,-58} | {r.Median,9:0.00} | {r.Min,8:0.00} | {r.Max,8:0.00} | {r.CpuMedian,8:0} | {r.Runs,4} |");
        }
    }
}
