using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using NetworkingCoach.Data;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>Contacts added in the browser, one after another, while the CLI imports a large file into the same database; then counts what was kept.</summary>
internal static class SavesDuringImport
{
    // Unlike each other and everyone in the network, so the form never stops to ask about a likely duplicate.
    private static readonly string[] s_names =
    [
        "Avery Lindqvist", "Bruno Okafor", "Chiara Novakova", "Dmitri Halvorsen", "Esther Mbeki",
        "Farid Castellanos", "Greta Oyelaran", "Hiroshi Vantongeren", "Ingrid Achterberg", "Jomo Kristiansen",
        "Katya Wojcik", "Lorenzo Abernathy", "Marisol Ekwueme", "Nils Takahashi", "Odette Fairweather",
    ];

    public static async Task RunAsync(TextWriter output, IBrowser browser, string baseUrl, string databasePath, int rows, int saves)
    {
        saves = Math.Min(saves, s_names.Length);
        var file = Path.Combine(Path.GetDirectoryName(databasePath)!, "big-linkedin-export.csv");
        ImportBenchmark.WriteLinkedInExport(file, rows);
        output.WriteLine($"CLI import of {rows:N0} rows ({new FileInfo(file).Length / 1_048_576.0:0.0} MB) with {saves} contacts added in the browser meanwhile:");

        var page = await HeadlessChromium.OpenAsync(browser, baseUrl);
        await HeadlessChromium.GoToAsync(page, "/contacts/new");
        var log = new LatencyLog();
        var importTimer = Stopwatch.StartNew();
        var import = Task.Run(() => ImportAsync(file, databasePath));
        _ = import.ContinueWith(done => output.WriteLine($"  (the import ended at {importTimer.Elapsed.TotalSeconds:0.0} s)"), TaskScheduler.Default);
        var duringImport = 0;
        for (var i = 1; i <= saves; i++)
        {
            await Task.Delay(1_000);
            var running = !import.IsCompleted;
            var saved = await SaveAsync(page, s_names[i - 1], log);
            output.WriteLine($"  save {i,2}: at {importTimer.Elapsed.TotalSeconds,5:0.0} s, {(running ? "during the import" : "after the import ended")}, {(saved is null ? "saved" : "FAILED: " + saved)}");
            duringImport += running ? 1 : 0;
        }

        var (exitCode, console, elapsed) = await import;
        await page.Context.CloseAsync();
        output.WriteLine($"  import: exit code {exitCode} after {elapsed.TotalSeconds:0.0} s; {console.Trim().Split('\n').FirstOrDefault()}");
        log.Print(output, 300);
        output.WriteLine($"  {duringImport} of {saves} saves were made while the import ran; {CountSaved(databasePath, s_names.Take(saves))} of {saves} contacts are in the database.");
    }

    /// <summary>Adds one contact through the form; null when the app confirmed it, else what went wrong.</summary>
    private static async Task<string?> SaveAsync(IPage page, string name, LatencyLog log)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await HeadlessChromium.GoToAsync(page, "/contacts/new");
            await page.GetByLabel("Name *", new() { Exact = true }).FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/contacts/\d+$"), new() { Timeout = 120_000 });
            log.Add("add a contact (open the form, type, save)", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return null;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var shown = await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            var interactive = await page.Locator("html[data-interactive=true]").CountAsync() > 0;
            var problem = string.Join(" / ", shown.Append(ex.Message.Split('\n')[0]).Append(interactive ? "page interactive" : "page not yet interactive"));
            log.Fail("add a contact (open the form, type, save)", problem);
            return problem;
        }
    }

    /// <summary>Runs the CLI's import; its exit code, what it printed and how long it took.</summary>
    private static async Task<(int ExitCode, string Console, TimeSpan Elapsed)> ImportAsync(string file, string databasePath)
    {
        var start = new ProcessStartInfo(RepositoryPaths.Executable("NetworkingCoach.Cli"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "import", file, "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr, Stopwatch.GetElapsedTime(started));
    }

    private static long CountSaved(string databasePath, IEnumerable<string> names)
    {
        using var connection = new SqliteConnection(DatabaseLocation.ForFile(databasePath).ConnectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Contacts WHERE Name IN (SELECT value FROM json_each($names))";
        count.Parameters.AddWithValue("$names", System.Text.Json.JsonSerializer.Serialize(names));
        return (long)count.ExecuteScalar()!;
    }
}
