using NetworkingCoach.Benchmarks;

return await BenchmarkApp.RunAsync(args);
