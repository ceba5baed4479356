using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Messages;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// Tie strength and every flag for 50,000 contacts / 500,000 touchpoints, against one hand-written SQL
/// query computing the same recency and frequency figures and a plain scan of the touchpoint columns the coach
/// reads; one write followed by the incremental update; one message check and a contact-list page.
/// </summary>
public static class CoachBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        // Smaller networks and fewer runs are for iterating; the recorded figures use the defaults.
        var contactCount = BenchmarkApp.Option(args, "--contacts", 50_000);
        var touchpointCount = BenchmarkApp.Option(args, "--touchpoints", 500_000);
        var runs = BenchmarkApp.Option(args, "--runs", 7);
        var now = DateTime.UtcNow;
        var path = Path.Combine(Path.GetTempPath(), $"nc-bench-coach-{Environment.ProcessId}.db");
        Console.WriteLine($"Building {contactCount:N0} contacts / {touchpointCount:N0} touchpoints in {path} (load average {LoadAverage()}) ...");
        await using var services = await SyntheticNetwork.CreateAsync(path, contactCount, touchpointCount, now);
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var coach = services.GetRequiredService<CoachService>();
        var settings = await coach.LoadSettingsAsync();
        var changes = services.GetRequiredService<DataChangeCounter>();

        var results = new List<TimedRun>();
        int baselineRows = 0;
        results.Add(await TimedRun.TimeAsync("baseline: one SQL query, recency + 12-month frequency", runs, () => Task.CompletedTask, async () =>
        {
            baselineRows = await BaselineAsync(path, now);
        }));

        var scannedRows = 0;
        results.Add(await TimedRun.TimeAsync("scan: touchpoints' contact, date, direction, intent, replied", runs, () => Task.CompletedTask, async () =>
        {
            scannedRows = await ScanAsync(path);
        }));

        List<RelationshipHistory> histories = [];
        results.Add(await TimedRun.TimeAsync("read histories (RelationshipHistoryReader)", runs, () => Task.CompletedTask, async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            histories = await RelationshipHistoryReader.ReadAsync(db);
        }));

        var flags = 0;
        results.Add(await TimedRun.TimeAsync("tie strength + all flags in memory (Coach.AssessAll)", runs, () => Task.CompletedTask, () =>
        {
            flags = new Coach(settings, TimeProvider.System).AssessAll(histories).Sum(a => a.Flags.Count);
            return Task.CompletedTask;
        }));

        // Where a cold run's time goes beyond the two rows above: the user's zone, the wall clock, stored reminder states.
        var calendar = services.GetRequiredService<NetworkingCoach.Settings.UserCalendarSource>().Current;
        results.Add(await TimedRun.TimeAsync("profile: read histories in the user's zone", runs, () => Task.CompletedTask, async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            histories = await RelationshipHistoryReader.ReadAsync(db, calendar.Zone, null, null);
        }));

        results.Add(await TimedRun.TimeAsync("profile: assess on the user's wall clock", runs, () => Task.CompletedTask, () =>
        {
            flags = new Coach(settings, calendar.WallClock()).AssessAll(histories).Sum(a => a.Flags.Count);
            return Task.CompletedTask;
        }));

        var collections = GC.CollectionCount(2);
        results.Add(await TimedRun.TimeAsync("end to end: CoachService snapshot, uncached", runs, () => Task.CompletedTask, async () =>
        {
            changes.Increment();
            await coach.GetSnapshotAsync();
        }));
        var fullCollections = GC.CollectionCount(2) - collections;

        var touchpoints = services.GetRequiredService<TouchpointService>();
        var random = new Random(7);
        var ids = histories.Select(h => h.ContactId).ToArray();
        Task LogOneAsync() => touchpoints.LogAsync(new TouchpointInput
        {
            ContactId = ids[random.Next(ids.Length)],
            OccurredAt = DateTime.Now.AddMinutes(-random.Next(1, 600)),
            Channel = Channel.Email,
            Direction = Direction.IReachedOut,
            Intent = TouchpointIntent.KeepInTouch,
        });
        await coach.GetSnapshotAsync();
        results.Add(await TimedRun.TimeAsync("after one write: log a touchpoint, snapshot current", runs * 2 + 1, () => Task.CompletedTask, async () =>
        {
            await LogOneAsync();
            await coach.GetSnapshotAsync();
        }));

        var dashboard = services.GetRequiredService<DashboardService>();
        results.Add(await TimedRun.TimeAsync("dashboard data after one write", runs, async () =>
        {
            await LogOneAsync();
            await coach.GetSnapshotAsync();
        }, async () => await dashboard.GetAsync()));

        var reminders = services.GetRequiredService<ReminderService>();
        results.Add(await TimedRun.TimeAsync("this week's list after one write", runs, async () =>
        {
            await LogOneAsync();
            await coach.GetSnapshotAsync();
        }, async () => await reminders.GetWeekAsync()));

        var firstPage = Enum.GetValues<ReminderKind>().ToDictionary(kind => kind, _ => 10);
        results.Add(await TimedRun.TimeAsync("this week's first page (10 a group) after one write", runs, async () =>
        {
            await LogOneAsync();
            await coach.GetSnapshotAsync();
        }, async () => await reminders.GetWeekAsync(null, firstPage)));

        results.Add(await TimedRun.TimeAsync("contact list first page (snapshot cached)", runs, () => Task.CompletedTask, async () =>
        {
            await services.GetRequiredService<ContactService>().ListAsync(new ContactQuery { Take = 25 });
        }));

        results.Add(await TimedRun.TimeAsync("contact list filtered to dormant, sorted by tie", runs, () => Task.CompletedTask, async () =>
        {
            await services.GetRequiredService<ContactService>().ListAsync(new ContactQuery { Tier = TieTier.Dormant, SortBy = ContactSortField.TieStrength, Take = 25 });
        }));

        var messages = services.GetRequiredService<MessageService>();
        var busiest = histories.OrderByDescending(h => h.Touchpoints.Count).First().ContactId;
        const int checks = 50;
        var check = await TimedRun.TimeAsync($"message check, busiest contact (per check, {checks} per run)", runs, () => Task.CompletedTask, async () =>
        {
            for (var i = 0; i < checks; i++)
            {
                await messages.CheckAsync(new MessageInput { ContactId = busiest, Body = "Do you know of any openings? Please pass on my resume." });
            }
        });
        results.Add(check with { Median = check.Median / checks, Min = check.Min / checks, Max = check.Max / checks, CpuMedian = check.CpuMedian / checks });

        var classifier = new IntentClassifier();
        const int classifications = 1000;
        var classify = await TimedRun.TimeAsync($"classify one message (per message, {classifications} per run)", runs, () => Task.CompletedTask, () =>
        {
            for (var i = 0; i < classifications; i++)
            {
                classifier.Classify("Quick question", "Hi Sam, hope you are well. Let me know if you hear of any openings on your team?");
            }

            return Task.CompletedTask;
        });
        results.Add(classify with { Median = classify.Median / classifications, Min = classify.Min / classifications, Max = classify.Max / classifications, CpuMedian = classify.CpuMedian / classifications });

        Console.WriteLine();
        TimedRun.Print(results);
        var baseline = results[0].Median;
        var scanRun = results.Single(r => r.Name.StartsWith("scan:", StringComparison.Ordinal));
        var coldRun = results.Single(r => r.Name.StartsWith("end to end:", StringComparison.Ordinal));
        var (scan, endToEnd) = (scanRun.Median, coldRun.Median);
        var afterWrite = results.Single(r => r.Name.StartsWith("after one write:", StringComparison.Ordinal)).Median;
        Console.WriteLine();
        Console.WriteLine($"contacts assessed: {histories.Count:N0}; baseline rows: {baselineRows:N0}; flags raised: {flags:N0}");
        Console.WriteLine($"end to end vs SQL baseline: {endToEnd / baseline:0.00}x (aim: within 3x and under 1,000 ms)");
        Console.WriteLine($"scanned rows: {scannedRows:N0}; cold vs scan: {endToEnd / scan:0.00}x (aim: within 3x); in processor time: {coldRun.CpuMedian / scanRun.CpuMedian:0.00}x; after one write aim: 20 ms");
        Console.WriteLine($"full garbage collections during the 8 cold runs: {fullCollections}; load average: {LoadAverage()}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite {SqliteVersion(path)}");
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        Console.WriteLine($"after one write: {afterWrite:0} ms; cold: {endToEnd:0} ms; scan: {scan:0} ms");
    }

    private static async Task<int> BaselineAsync(string path, DateTime now)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Id,
                   max(CASE WHEN t.Direction <> 0 OR t.Replied = 1 THEN t.OccurredAt END) AS LastTwoWay,
                   max(t.OccurredAt) AS LastAny,
                   sum(CASE WHEN t.OccurredAt >= $since AND (t.Direction <> 0 OR t.Replied = 1) THEN 1 ELSE 0 END) AS TwoWayLastYear,
                   sum(CASE WHEN t.Direction = 1 THEN 1 ELSE 0 END) AS TheyReachedOut,
                   count(t.Id) AS Total
            FROM Contacts c LEFT JOIN Touchpoints t ON t.ContactId = c.Id
            WHERE c.IsArchived = 0
            GROUP BY c.Id
            """;
        command.Parameters.AddWithValue("$since", now.AddDays(-365).ToString("yyyy-MM-dd HH:mm:ss"));
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>The columns the coach needs from every touchpoint, read with a plain reader: the floor for a cold run.</summary>
    private static async Task<int> ScanAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ContactId, OccurredAt, Direction, Intent, Replied FROM Touchpoints";
        var rows = 0;
        long sum = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sum += reader.GetInt32(0) + reader.GetString(1).Length + reader.GetInt32(2) + reader.GetInt32(3) + (reader.GetBoolean(4) ? 1 : 0);
            rows++;
        }

        return sum >= 0 ? rows : 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string SqliteVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        return connection.ServerVersion;
    }
}
