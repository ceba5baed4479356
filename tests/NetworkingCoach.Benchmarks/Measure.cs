using System.Diagnostics;

namespace NetworkingCoach.Benchmarks;

/// <summary>Times an operation over several runs after warm-up and reports the median and the spread.</summary>
public static class Measure
{
    public sealed record Result(string Name, double MedianMs, double MinMs, double MaxMs, int Runs);

    public static async Task<Result> TimeAsync(string name, Func<Task> operation, int runs = 7, int warmup = 2)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var started = Stopwatch.GetTimestamp();
            await operation();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return new Result(name, times[times.Count / 2], times[0], times[^1], runs);
    }

    public static void Print(IEnumerable<Result> results)
    {
        Console.WriteLine($"| {"measurement",-58} | {"median ms",10} | {"min ms",9} | {"max ms",9} | runs |");
        Console.WriteLine($"|{new string('-', 60)}|{new string('-', 12)}|{new string('-', 11)}|{new string('-', 11)}|------|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Name,-58} | {r.MedianMs,10:0.00} | {r.MinMs,9:0.00} | {r.MaxMs,9:0.00} | {r.Runs,4} |");
        }
    }
}
