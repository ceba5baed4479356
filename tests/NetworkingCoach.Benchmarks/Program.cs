using NetworkingCoach.Benchmarks;

var benchmarks = new Dictionary<string, Func<Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["import"] = () => ImportBenchmark.RunAsync(Console.Out),
};

if (args.Length != 1 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release --project tests/NetworkingCoach.Benchmarks -- <{string.Join("|", benchmarks.Keys)}>");
    return 2;
}

await run();
return 0;
