using System.Diagnostics;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Integration;

public class DataFolderTests
{
    [Fact]
    public async Task An_unwritable_data_folder_stops_the_app_with_one_clear_line()
    {
        var start = new ProcessStartInfo(RepositoryPaths.WebAppExecutable)
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.WebAppExecutable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // /proc refuses new folders even to root: a data folder that can never be written.
        start.Environment["NETWORKINGCOACH_DATA"] = "/proc/networkingcoach-data";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("NetworkingCoach cannot start: the data folder /proc/networkingcoach-data cannot be written", line);
        Assert.DoesNotContain("Unhandled", await output);
    }
}
