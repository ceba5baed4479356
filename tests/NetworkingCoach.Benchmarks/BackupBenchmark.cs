using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Backups;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// A checked backup of a 50,000-contact database: SQLite's online backup into a temporary file, quick_check,
/// tables and row counts, rename. Measured with BackupService exactly as the CLI and Settings call it, then
/// each phase on its own (integrity_check too, as restores run it) to show where the time goes.
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
            output.WriteLine($"backup + verification (quick_check): median {runs[runs.Count / 2].ToString("F0", CultureInfo.InvariantCulture)} ms, "
                + $"min {runs[0]:F0} ms, max {runs[^1]:F0} ms (aim: under 5,000 ms)");
            await PhasesAsync(output, path, Path.Combine(directory, "phases.db"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    // Where the time goes, each phase on its own over the same copy, interleaved run by run.
    private static async Task PhasesAsync(TextWriter output, string source, string copy)
    {
        var phases = new Dictionary<string, List<double>>
        {
            ["online backup copy"] = [], ["quick_check"] = [], ["integrity_check"] = [], ["tables, migrations, row counts"] = [],
        };
        for (var i = 0; i <= Iterations; i++)
        {
            File.Delete(copy);
            var times = new Dictionary<string, double>
            {
                ["online backup copy"] = (await Measurement.TakeAsync(() => Task.Run(() => Copy(source, copy)))).Elapsed.TotalMilliseconds,
                ["quick_check"] = (await Measurement.TakeAsync(() => Task.Run(() => Pragma(copy, "PRAGMA quick_check;")))).Elapsed.TotalMilliseconds,
                ["integrity_check"] = (await Measurement.TakeAsync(() => Task.Run(() => Pragma(copy, "PRAGMA integrity_check;")))).Elapsed.TotalMilliseconds,
                ["tables, migrations, row counts"] = (await Measurement.TakeAsync(() => Task.Run(() => BackupVerifier.Counts(copy)))).Elapsed.TotalMilliseconds,
            };
            if (i > 0)
            {
                foreach (var (phase, ms) in times)
                {
                    phases[phase].Add(ms);
                }
            }
        }

        output.WriteLine("phases (median of the same runs):");
        foreach (var (phase, runs) in phases)
        {
            runs.Sort();
            output.WriteLine($"  {phase}: {runs[runs.Count / 2].ToString("F0", CultureInfo.InvariantCulture)} ms (min {runs[0]:F0}, max {runs[^1]:F0})");
        }

        File.Delete(copy);
    }

    private static void Copy(string source, string target)
    {
        using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
        using var to = new SqliteConnection($"Data Source={target};Pooling=False");
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    private static object? Pragma(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
