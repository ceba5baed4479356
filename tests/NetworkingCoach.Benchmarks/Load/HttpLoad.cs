using System.Diagnostics;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>Concurrent plain HTTP clients fetching the busiest pages, each page rendered in full on the server.</summary>
internal static class HttpLoad
{
    public static readonly string[] Paths = ["/", "/contacts", "/week"];

    public static async Task<LatencyLog> RunAsync(string baseUrl, int clients, int rounds)
    {
        var log = new LatencyLog();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var round = 0; round < rounds; round++)
            {
                // Each client starts on a different page so the three are asked for at once.
                foreach (var path in Paths.Skip(client % Paths.Length).Concat(Paths.Take(client % Paths.Length)))
                {
                    await GetAsync(http, path, log);
                }
            }
        })));
        return log;
    }

    /// <summary>
    /// Each page alone, <paramref name="requests"/> times one after another: the server's processor time per request
    /// (read from /proc, 10 ms ticks, so averaged over the run) and the size of the HTML, what one request costs without queueing.
    /// </summary>
    public static async Task PrintAloneAsync(TextWriter output, HttpClient http, int serverProcessId, int requests)
    {
        output.WriteLine($"| page alone, {requests} requests one after another | server cpu ms a request | median ms | HTML KB |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var path in Paths)
        {
            var times = new List<double>(requests);
            long bytes = 0;
            var before = CpuUse.Now(serverProcessId);
            for (var i = 0; i < requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                bytes = (await http.GetByteArrayAsync(path)).LongLength;
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var cpu = (CpuUse.Now(serverProcessId) - before).ServerSeconds * 1000 / requests;
            times.Sort();
            output.WriteLine($"| GET {path} | {cpu:0.0} | {times[times.Count / 2]:0} | {bytes / 1024.0:0} |");
        }
    }

    /// <summary>One request, timed until the whole body has arrived; anything but 200 counts as an error.</summary>
    public static async Task GetAsync(HttpClient http, string path, LatencyLog log)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            if ((int)response.StatusCode != 200)
            {
                log.Fail("GET " + path, $"HTTP {(int)response.StatusCode}");
                return;
            }

            log.Add("GET " + path, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            log.Fail("GET " + path, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
