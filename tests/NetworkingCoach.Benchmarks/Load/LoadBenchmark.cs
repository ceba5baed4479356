using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using NetworkingCoach.Data;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>
/// The real web app over a large network under concurrent load: plain HTTP clients on the busiest pages,
/// browser sessions running a short journey each, then contacts added in the browser during a large CLI import.
/// </summary>
internal static class LoadBenchmark
{
    private const double AimMilliseconds = 300;

    public static async Task RunAsync(TextWriter output, string[] args)
    {
        var contacts = BenchmarkApp.Option(args, "--contacts", 50_000);
        var touchpoints = BenchmarkApp.Option(args, "--touchpoints", 500_000);
        var clients = BenchmarkApp.Option(args, "--clients", 20);
        var rounds = BenchmarkApp.Option(args, "--rounds", 10);
        var sessions = BenchmarkApp.Option(args, "--sessions", 50);
        var importRows = BenchmarkApp.Option(args, "--import-rows", 300_000);
        var saves = BenchmarkApp.Option(args, "--saves", 10);
        var arriveEvery = TimeSpan.FromMilliseconds(BenchmarkApp.Option(args, "--arrive-every", 1_000));
        var serverLog = Array.IndexOf(args, "--server-log") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

        var directory = Path.Combine(Path.GetTempPath(), "nc-load-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            var databasePath = Path.Combine(directory, DatabaseLocation.FileName);
            var building = Stopwatch.StartNew();
            await (await SyntheticNetwork.CreateAsync(databasePath, contacts, touchpoints, DateTime.UtcNow)).DisposeAsync();
            output.WriteLine($"Built {contacts:N0} contacts and {touchpoints:N0} touchpoints in {building.Elapsed.TotalSeconds:0} s; "
                + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");

            await using var app = await AppProcess.StartAsync(directory);
            output.WriteLine($"Web app started (Release, Production) at {app.BaseUrl}; {app.WorkingSetBytes / 1_048_576.0:0} MB");
            using (var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) })
            {
                var warmUp = new LatencyLog();
                foreach (var path in HttpLoad.Paths)
                {
                    await HttpLoad.GetAsync(http, path, warmUp);
                }

                output.WriteLine();
                output.WriteLine("First request to each page after start (warm-up, not counted below):");
                warmUp.Print(output, AimMilliseconds);
                output.WriteLine();
                await HttpLoad.PrintAloneAsync(output, http, app.ProcessId, 20);
            }

            if (clients > 0)
            {
                output.WriteLine();
                output.WriteLine($"{clients} concurrent HTTP clients, {rounds} rounds of {string.Join(", ", HttpLoad.Paths)} each (load average {LoadAverage()}):");
                var cpuBefore = CpuUse.Now(app.ProcessId);
                await MeasureAsync(output, app, async () => await HttpLoad.RunAsync(app.BaseUrl, clients, rounds));
                var cpu = CpuUse.Now(app.ProcessId) - cpuBefore;
                output.WriteLine($"Server CPU {cpu.ServerSeconds:0.0} s for {clients * rounds * HttpLoad.Paths.Length} requests, {cpu.ServerSeconds * 1000 / (clients * rounds * HttpLoad.Paths.Length):0} ms a request");
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright);
            var names = ActiveNames(databasePath, sessions);
            if (names.Count > 0)
            {
                output.WriteLine();
                output.WriteLine($"{names.Count} browser sessions (contexts in one headless Chromium) all at once, taking each step together: open contacts, search, open the contact, log a touchpoint (load average {LoadAverage()}):");
                await MeasureBrowserAsync(output, app, databasePath, "Together", () => BrowserLoad.RunTogetherAsync(browser, app.BaseUrl, app.ProcessId, names, "Together"));
                if (arriveEvery > TimeSpan.Zero)
                {
                    output.WriteLine();
                    output.WriteLine($"{names.Count} browser sessions arriving {arriveEvery.TotalSeconds:0.#} s apart, each at its own pace, the same journey (load average {LoadAverage()}):");
                    await MeasureBrowserAsync(output, app, databasePath, "Arriving", () => BrowserLoad.RunArrivingAsync(browser, app.BaseUrl, app.ProcessId, names, "Arriving", arriveEvery));
                }
            }

            if (saves > 0)
            {
                output.WriteLine();
                await SavesDuringImport.RunAsync(output, browser, app.BaseUrl, databasePath, importRows, saves);
            }

            output.WriteLine($"Load average at the end: {LoadAverage()}");
            if (serverLog is not null)
            {
                await File.WriteAllTextAsync(serverLog, app.Output);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be closing; the temp folder is cleaned by the system.
            }
        }
    }

    private static async Task MeasureAsync(TextWriter output, AppProcess app, Func<Task<LatencyLog>> load)
    {
        await using var memory = new ServerMemory(app);
        memory.Start();
        var started = Stopwatch.GetTimestamp();
        var log = await load();
        var elapsed = Stopwatch.GetElapsedTime(started);
        log.Print(output, AimMilliseconds);
        output.WriteLine($"{log.ErrorCount} errors; {elapsed.TotalSeconds:0.0} s in all; {memory.Describe()}; load average {LoadAverage()}");
    }

    private static async Task MeasureBrowserAsync(TextWriter output, AppProcess app, string databasePath, string label, Func<Task<BrowserLoadResult>> load)
    {
        await using var memory = new ServerMemory(app);
        memory.Start();
        var result = await load();
        result.Print(output, AimMilliseconds);
        output.WriteLine($"{result.Log.ErrorCount} errors; {memory.Describe()}; load average {LoadAverage()}");
        output.WriteLine($"Touchpoints stored by these sessions: {CountTouchpoints(databasePath, label)} of {result.Sessions}");
    }

    /// <summary>Touchpoints whose summary the journey wrote, as the database holds them (whatever the pages showed).</summary>
    private static long CountTouchpoints(string databasePath, string label)
    {
        using var connection = new SqliteConnection(DatabaseLocation.ForFile(databasePath).ConnectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Touchpoints WHERE Summary LIKE $label || ' %'";
        count.Parameters.AddWithValue("$label", label);
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>Names of active contacts spread through the network, one per browser session.</summary>
    private static List<string> ActiveNames(string databasePath, int count)
    {
        using var connection = new SqliteConnection(DatabaseLocation.ForFile(databasePath).ConnectionString);
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT Name FROM Contacts WHERE IsArchived = 0 AND Id % 97 = 3 ORDER BY Id LIMIT $count";
        query.Parameters.AddWithValue("$count", count);
        using var reader = query.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
