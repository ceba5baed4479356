using NetworkingCoach.Benchmarks;
using NetworkingCoach.Benchmarks.Load;

var scenarios = new Dictionary<string, Func<Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["coach"] = () => CoachBenchmark.RunAsync(args),
    ["import"] = () => ImportBenchmark.RunAsync(Console.Out, args),
    ["backup"] = () => BackupBenchmark.RunAsync(Console.Out),
    ["dashboard"] = () => BenchmarkApp.RunAsync(args),
    ["load"] = () => LoadBenchmark.RunAsync(Console.Out, args),
    ["intent"] = () =>
    {
        IntentBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("data", "intent-corpus"));
        return Task.CompletedTask;
    },
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release --project tests/NetworkingCoach.Benchmarks -- <{string.Join("|", scenarios.Keys)}>");
    return 2;
}

await run();
return 0;
