using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>
/// The real web app, started as its own process on a free port with its own data folder: on loopback,
/// or exposed (bound to every interface, as with <c>--urls http://0.0.0.0:PORT</c>) and reached over 127.0.0.1.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string baseUrl, string dataDirectory)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }
    public string DataDirectory { get; }

    /// <summary>True once the server process has ended (crashed or stopped).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The server's process id, for reading what it consumes.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The server process's resident memory now.</summary>
    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Everything the app has written to its console (standard output and error) so far.</summary>
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Starts the app on the data folder; one without a database gets an empty migrated one first (<see cref="EmptyStore"/>).</summary>
    public static async Task<AppProcess> StartAsync(string dataDirectory, bool exposed = false)
    {
        await EmptyStore.EnsureInAsync(dataDirectory);
        var port = FreePort(exposed ? IPAddress.Any : IPAddress.Loopback);
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(RepositoryPaths.WebAppExecutable)
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.WebAppExecutable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(exposed ? $"http://0.0.0.0:{port}" : baseUrl);
        start.Environment["NETWORKINGCOACH_DATA"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        SetRuntimeFor(start);

        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        var app = new AppProcess(process, baseUrl, dataDirectory);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    /// <summary>Runtime settings for the started app; the browser tests set theirs, the benchmarks run the app as shipped.</summary>
    static partial void SetRuntimeFor(ProcessStartInfo start);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>Waits until a line the app writes to its console matches, as a person watching the console would, and returns the match.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var match = pattern.Match(Output);
            if (match.Success)
            {
                return match;
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException($"The app's console never showed {pattern}:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                var response = await http.GetAsync(BaseUrl + "/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not become healthy within 60 s:\n{Output}");
    }

    private static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
