using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// A 30,000-row LinkedIn export into a database already holding 30,000 contacts, through the import
/// service, against the same rows inserted by raw prepared statements in one transaction, the two
/// interleaved run by run (alternating which goes first). Then how long another writer waits while a
/// large import runs (<c>--writer-rows</c>, 0 skips it).
/// </summary>
internal static class ImportBenchmark
{
    private const int ExistingContacts = 30_000;
    private const int FileRows = 30_000;

    public static async Task RunAsync(TextWriter output, string[] args)
    {
        var iterations = BenchmarkApp.Option(args, "--runs", 5);
        var writerRows = BenchmarkApp.Option(args, "--writer-rows", 300_000);
        var directory = Path.Combine(Path.GetTempPath(), "nc-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var template = Path.Combine(directory, "template.db");
            await CreateTemplateAsync(template);
            var file = Path.Combine(directory, "Connections.csv");
            WriteLinkedInExport(file, FileRows);
            output.WriteLine($"Import benchmark: {FileRows:N0}-row LinkedIn export ({new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB) into a database holding {ExistingContacts:N0} contacts.");
            output.WriteLine($"1 warm-up + {iterations} measured runs each, interleaved, every run on a fresh copy of the database; Release build, {Environment.ProcessorCount} cores, "
                + $".NET {Environment.Version}; load average {LoadAverage()}.");
            output.WriteLine();

            var service = new List<Measurement>();
            var baseline = new List<Measurement>();
            var timings = new List<ImportTimings>();
            for (var i = 0; i <= iterations; i++)
            {
                ImportTimings? timing = null;
                Task<Measurement> Service() => Measurement.TakeAsync(async () => timing = await ImportWithServiceAsync(Copy(template, directory, "service"), file));
                Task<Measurement> Baseline() => Measurement.TakeAsync(() => InsertRawAsync(Copy(template, directory, "raw"), file));
                Measurement serviceRun, baselineRun;
                if (i % 2 == 0)
                {
                    serviceRun = await Service();
                    baselineRun = await Baseline();
                }
                else
                {
                    baselineRun = await Baseline();
                    serviceRun = await Service();
                }

                output.WriteLine($"  run {i}{(i == 0 ? " (warm-up)" : "")}: service {serviceRun.Elapsed.TotalMilliseconds:F0} ms, baseline {baselineRun.Elapsed.TotalMilliseconds:F0} ms, "
                    + $"ratio {serviceRun.Elapsed / baselineRun.Elapsed:F2}x; load average {LoadAverage()}");
                if (i > 0)
                {
                    service.Add(serviceRun);
                    baseline.Add(baselineRun);
                    timings.Add(timing!);
                }
            }

            var reimport = await Measurement.TakeAsync(async () =>
            {
                var db = Copy(template, directory, "reimport");
                await ImportWithServiceAsync(db, file);
                await ImportWithServiceAsync(db, file);
            });

            output.WriteLine();
            Print(output, service, baseline, timings, reimport);
            if (writerRows > 0)
            {
                output.WriteLine();
                await WriterDuringImportAsync(output, template, directory, writerRows);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Print(TextWriter output, List<Measurement> service, List<Measurement> baseline, List<ImportTimings> timings, Measurement reimport)
    {
        static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

        var serviceMs = Median(service.Select(m => m.Elapsed.TotalMilliseconds));
        var baselineMs = Median(baseline.Select(m => m.Elapsed.TotalMilliseconds));
        output.WriteLine("| scenario | median ms | min ms | max ms | CPU median ms | peak heap MB | allocated MB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Row("ImportService.ImportAsync", service);
        Row("raw prepared INSERTs (baseline)", baseline);
        Collections("service", service);
        Collections("baseline", baseline);
        output.WriteLine();
        var pairs = service.Zip(baseline, (s, b) => s.Elapsed / b.Elapsed).ToList();
        output.WriteLine($"ratio service / baseline: {serviceMs / baselineMs:F2}x of the medians, {service.Min(m => m.Elapsed) / baseline.Min(m => m.Elapsed):F2}x of the minimums, "
            + $"run by run median {Median(pairs):F2}x (min {pairs.Min():F2}x); aim: at most 3x. Service median {serviceMs / 1000:F2} s (aim: under 3 s)");
        output.WriteLine($"processor time service / baseline (medians, all threads; the sampler's thread included on both sides): "
            + $"{Median(service.Select(m => m.ProcessorTime.TotalMilliseconds)) / Median(baseline.Select(m => m.ProcessorTime.TotalMilliseconds)):F2}x");
        output.WriteLine();
        output.WriteLine("| service phase | median ms | min ms |");
        output.WriteLine("|---|---:|---:|");
        Phase("loading the stored keys, companies and tags (no lock, beside the next two)", t => t.LoadingKeys);
        Phase("reading the file (no lock)", t => t.Reading);
        Phase("checking rows and working out their keys (no lock)", t => t.Preparing);
        Phase("waiting for the stored keys after that", t => t.WaitingForKeys);
        Phase("waiting for the write lock", t => t.WaitingForLock);
        Phase("matching, in each chunk's transaction", t => t.Matching);
        Phase("writing", t => t.Writing);
        Phase("committing", t => t.Committing);
        Phase("longest transaction (lock held)", t => t.LongestHold);
        output.WriteLine($"transactions per import: {timings[0].Transactions}");
        output.WriteLine();
        output.WriteLine($"import then re-import of the same file (second run all merges): {reimport.Elapsed.TotalMilliseconds:F0} ms, peak heap {Mb(reimport.PeakHeapBytes)} MB");
        output.WriteLine($"process peak working set: {Mb(Environment.WorkingSet)} MB now, {Mb(System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64)} MB peak; load average {LoadAverage()}");

        void Row(string name, List<Measurement> runs) => output.WriteLine(
            $"| {name} | {Median(runs.Select(m => m.Elapsed.TotalMilliseconds)):F0} | {runs.Min(m => m.Elapsed.TotalMilliseconds):F0} | "
            + $"{runs.Max(m => m.Elapsed.TotalMilliseconds):F0} | {Median(runs.Select(m => m.ProcessorTime.TotalMilliseconds)):F0} | {Mb(runs.Max(m => m.PeakHeapBytes))} | {Mb((long)runs.Average(m => m.AllocatedBytes))} |");

        void Collections(string name, List<Measurement> runs) => output.WriteLine(
            $"garbage collections per run, {name} (medians): {Median(runs.Select(m => (double)m.Collections.Gen0)):F0} gen 0, {Median(runs.Select(m => (double)m.Collections.Gen1)):F0} gen 1, "
            + $"{Median(runs.Select(m => (double)m.Collections.Gen2)):F0} gen 2, paused {Median(runs.Select(m => m.Collections.Paused.TotalMilliseconds)):F0} ms");

        void Phase(string name, Func<ImportTimings, TimeSpan> phase) =>
            output.WriteLine($"| {name} | {Median(timings.Select(t => phase(t).TotalMilliseconds)):F0} | {timings.Min(t => phase(t).TotalMilliseconds):F0} |");
    }

    /// <summary>
    /// A large import while another connection (the app's settings: the same busy timeout) saves a contact and a
    /// company every 200 ms, as a save in the app would; how long each save waited for the import's write lock.
    /// </summary>
    private static async Task WriterDuringImportAsync(TextWriter output, string template, string directory, int rows)
    {
        var file = Path.Combine(directory, "big.csv");
        WriteLinkedInExport(file, rows);
        var database = Copy(template, directory, "writer");
        output.WriteLine($"Another writer during a {rows:N0}-row import ({new FileInfo(file).Length / 1_048_576.0:0.0} MB) into {ExistingContacts:N0} contacts; load average {LoadAverage()}:");
        using var stop = new CancellationTokenSource();
        var waits = new List<(double At, double Ms)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var saves = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection(DatabaseLocation.ForFile(database).ConnectionString);
            await connection.OpenAsync();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var started = clock.Elapsed.TotalMilliseconds;
                await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
                {
                    await using var save = connection.CreateCommand();
                    // A company the file also names, so the import must find it rather than create it again.
                    save.CommandText = """
                        INSERT OR IGNORE INTO Companies (Name, NormalizedName, CreatedAt) VALUES ('Company ' || (2900 + $i % 100), 'company ' || (2900 + $i % 100), '2026-01-01 00:00:00');
                        INSERT INTO Contacts (Name, CompanyId, IsArchived, CreatedAt, UpdatedAt, Version, SearchText)
                            VALUES ('Writer Person ' || $i, (SELECT Id FROM Companies WHERE NormalizedName = 'company ' || (2900 + $i % 100)), 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0, 'writer person');
                        """;
                    save.Parameters.AddWithValue("$i", i);
                    await save.ExecuteNonQueryAsync();
                    await transaction.CommitAsync();
                }

                lock (waits)
                {
                    waits.Add((started, clock.Elapsed.TotalMilliseconds - started));
                }

                await Task.Delay(200);
            }
        });

        var importStarted = clock.Elapsed.TotalMilliseconds;
        var timing = await ImportWithServiceAsync(database, file);
        var importEnded = clock.Elapsed.TotalMilliseconds;
        await stop.CancelAsync();
        await saves;
        var during = waits.Where(w => w.At >= importStarted && w.At < importEnded).Select(w => w.Ms).ToList();
        output.WriteLine($"  import {(importEnded - importStarted) / 1000:0.0} s: {timing}");
        output.WriteLine($"  {during.Count} saves during the import waited median {Median(during):0} ms, longest {during.Max():0} ms "
            + $"(over 1 s: {during.Count(w => w > 1_000)}); saved contacts in the database: {CountWriterContacts(database)} of {waits.Count}; load average {LoadAverage()}");
    }

    private static long CountWriterContacts(string database)
    {
        using var connection = new SqliteConnection(DatabaseLocation.ForFile(database).ConnectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Contacts WHERE Name LIKE 'Writer Person %'";
        return (long)count.ExecuteScalar()!;
    }

    private static async Task<ImportTimings> ImportWithServiceAsync(string databasePath, string file)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddNetworkingCoachCore(DatabaseLocation.ForFile(databasePath))
            .BuildServiceProvider();
        await using (services)
        {
            await using var stream = File.OpenRead(file);
            var result = await services.GetRequiredService<ImportService>().ImportAsync(stream, "Connections.csv");
            if (result.Counts.Errors > 0)
            {
                throw new InvalidOperationException($"{result.Counts.Errors} rows were rejected.");
            }

            return result.Timings!;
        }
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    // The same rows, parsed by the same reader, written by hand-prepared statements: the floor for this machine.
    private static async Task InsertRawAsync(string databasePath, string file)
    {
        await using var connection = new SqliteConnection(DatabaseLocation.ForFile(databasePath).ConnectionString);
        await connection.OpenAsync();
        // The same integrity rules the app's connections run with.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var companies = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, NormalizedName FROM Companies";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                companies[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        await using var insertCompany = connection.CreateCommand();
        insertCompany.CommandText = "INSERT INTO Companies (Name, NormalizedName, CreatedAt) VALUES ($name, $key, $now) RETURNING Id";
        var companyName = insertCompany.Parameters.Add("$name", SqliteType.Text);
        var companyKey = insertCompany.Parameters.Add("$key", SqliteType.Text);
        insertCompany.Parameters.AddWithValue("$now", now);
        insertCompany.Prepare();

        await using var insertContact = connection.CreateCommand();
        insertContact.CommandText = """
            INSERT INTO Contacts (Name, CompanyId, Title, KnownSince, LinkedInUrl, LinkedInKey, IsArchived, CreatedAt, UpdatedAt, Version, SearchText)
            VALUES ($name, $company, $title, $since, $url, $key, 0, $now, $now, 0, $search)
            """;
        var name = insertContact.Parameters.Add("$name", SqliteType.Text);
        var company = insertContact.Parameters.Add("$company", SqliteType.Integer);
        var title = insertContact.Parameters.Add("$title", SqliteType.Text);
        var since = insertContact.Parameters.Add("$since", SqliteType.Text);
        var url = insertContact.Parameters.Add("$url", SqliteType.Text);
        var key = insertContact.Parameters.Add("$key", SqliteType.Text);
        var search = insertContact.Parameters.Add("$search", SqliteType.Text);
        insertContact.Parameters.AddWithValue("$now", now);
        insertContact.Prepare();

        await using var stream = File.OpenRead(file);
        foreach (var row in ImportFileReader.Read(stream))
        {
            object companyId = DBNull.Value;
            if (row.Company is { } companyText)
            {
                var normalized = ContactKeys.NormalizeName(companyText);
                if (!companies.TryGetValue(normalized, out var id))
                {
                    companyName.Value = companyText;
                    companyKey.Value = normalized;
                    id = (long)(await insertCompany.ExecuteScalarAsync())!;
                    companies[normalized] = id;
                }

                companyId = id;
            }

            name.Value = row.Name;
            company.Value = companyId;
            title.Value = (object?)row.Title ?? DBNull.Value;
            since.Value = (object?)row.KnownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value;
            url.Value = (object?)row.LinkedInUrl ?? DBNull.Value;
            key.Value = (object?)ContactKeys.CanonicalLinkedInUrl(row.LinkedInUrl) ?? DBNull.Value;
            search.Value = (row.Name + " " + row.Company).ToLowerInvariant();
            await insertContact.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task CreateTemplateAsync(string path)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddNetworkingCoachCore(DatabaseLocation.ForFile(path))
            .BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        await using var connection = new SqliteConnection(DatabaseLocation.ForFile(path).ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            WITH RECURSIVE n(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM n WHERE value < 999)
            INSERT INTO Companies (Name, NormalizedName, CreatedAt) SELECT 'Existing Co ' || value, 'existing co ' || value, '2024-01-01 00:00:00' FROM n;
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < $count)
            INSERT INTO Contacts (Name, CompanyId, Title, LinkedInUrl, LinkedInKey, IsArchived, CreatedAt, UpdatedAt, Version, SearchText)
                SELECT 'Known Person ' || value, 1 + value % 1000, 'Engineer', 'https://www.linkedin.com/in/known-' || value, 'linkedin.com/in/known-' || value,
                       0, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0, 'known person ' || value
                FROM n;
            INSERT INTO ContactEmails (ContactId, Address, NormalizedAddress, Position) SELECT Id, 'known' || Id || '@example.com', 'known' || Id || '@example.com', 0 FROM Contacts;
            """;
        insert.Parameters.AddWithValue("$count", ExistingContacts);
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync();
    }

    /// <summary>A LinkedIn connections export of new people, one in ten with an email address.</summary>
    internal static void WriteLinkedInExport(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n");
        writer.Write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        var random = new Random(42);
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        for (var i = 0; i < rows; i++)
        {
            // About one in ten LinkedIn connections shares an email address.
            var email = i % 10 == 0 ? $"new.person{i}@example.org" : "";
            writer.Write($"Person{i},\"Surname, {i}\",https://www.linkedin.com/in/new-person-{i},{email},Company {random.Next(3_000)},Role {random.Next(200)},");
            writer.Write($"{1 + random.Next(28):00} {months[random.Next(12)]} {2008 + random.Next(17)}\r\n");
        }
    }

    private static string Copy(string template, string directory, string name)
    {
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(directory, name + ".db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        File.Copy(template, path);
        return path;
    }
}
