namespace NetworkingCoach.Benchmarks;

/// <summary>Picks the benchmark named on the command line.</summary>
public static class BenchmarkApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault() ?? "";
        var contacts = Option(args, "--contacts", 50_000);
        var touchpoints = Option(args, "--touchpoints", 500_000);
        var runs = Option(args, "--runs", 10);
        switch (name)
        {
            case "dashboard":
                await DashboardBenchmark.RunAsync(contacts, touchpoints, runs);
                return 0;
            default:
                Console.Error.WriteLine("Usage: NetworkingCoach.Benchmarks dashboard [--contacts 50000] [--touchpoints 500000] [--runs 10]");
                return 2;
        }
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
