using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Backups;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// A checked backup of a 50,000-contact database: SQLite's online backup into a temporary file, integrity_check,
/// tables and row counts, rename. Measured with BackupService exactly as the CLI and Settings call it.
/// </summary>
internal static class BackupBenchmark
{
    private const int Contacts = 50_000;
    private const int Touchpoints = 250_000;
    private const int Iterations = 5;

    public static async Task RunAsync(TextWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nc-bench-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "networkingcoach.db");
            await using var services = await SyntheticNetwork.CreateAsync(path, Contacts, Touchpoints, DateTime.UtcNow);
            var backups = services.GetRequiredService<BackupService>();
            output.WriteLine($"Backup benchmark: {Contacts:N0} contacts, {Touchpoints:N0} touchpoints, database {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB.");
            output.WriteLine($"1 warm-up + {Iterations} measured runs; each writes a new file, checks it and renames it into place.");
            var runs = new List<double>();
            for (var i = 0; i <= Iterations; i++)
            {
                var target = Path.Combine(directory, $"backup-{i}.db");
                var run = await Measurement.TakeAsync(() => backups.BackUpToAsync(target));
                if (i > 0)
                {
                    runs.Add(run.Elapsed.TotalMilliseconds);
                }

                File.Delete(target);
            }

            runs.Sort();
            output.WriteLine($"backup + verification: median {runs[runs.Count / 2].ToString("F0", CultureInfo.InvariantCulture)} ms, "
                + $"min {runs[0]:F0} ms, max {runs[^1]:F0} ms (aim: under 5,000 ms)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
