using System.Collections.Concurrent;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>Times of each named interaction and the failures met, from many concurrent clients; prints p50/p95 per interaction.</summary>
internal sealed class LatencyLog
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _errors = new();
    private readonly List<string> _order = [];

    public void Add(string interaction, double milliseconds) => Bag(_times, interaction).Add(milliseconds);

    public void Fail(string interaction, string problem) => Bag(_errors, interaction).Add(problem);

    public int ErrorCount => _errors.Values.Sum(e => e.Count);

    public void Print(TextWriter output, double aimMilliseconds)
    {
        output.WriteLine("| interaction | n | p50 ms | p95 ms | max ms | errors |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var name in _order)
        {
            var times = _times.TryGetValue(name, out var bag) ? bag.Order().ToArray() : [];
            var errors = _errors.TryGetValue(name, out var failed) ? failed.Count : 0;
            var p95 = Percentile(times, 0.95);
            var mark = times.Length > 0 && p95 > aimMilliseconds ? " (over aim)" : "";
            output.WriteLine($"| {name} | {times.Length} | {Percentile(times, 0.50):0} | {p95:0}{mark} | {(times.Length > 0 ? times[^1] : 0):0} | {errors} |");
        }

        foreach (var (name, problems) in _errors)
        {
            foreach (var problem in problems.GroupBy(p => p).OrderByDescending(g => g.Count()).Take(3))
            {
                output.WriteLine($"  {name}: {problem.Count()} x {problem.Key}");
            }
        }
    }

    /// <summary>Nearest-rank percentile of sorted values; 0 when there are none.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private ConcurrentBag<T> Bag<T>(ConcurrentDictionary<string, ConcurrentBag<T>> bags, string name)
    {
        lock (_order)
        {
            if (!_order.Contains(name))
            {
                _order.Add(name);
            }
        }

        return bags.GetOrAdd(name, _ => []);
    }
}
