using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// Server-side time to compute the dashboard's and the week page's data over a large network:
/// cold (the coach's snapshot recomputed too), with the snapshot warm, and cached.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync(int contacts, int touchpoints, int runs)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nc-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            var location = DatabaseLocation.ForFile(Path.Combine(directory, DatabaseLocation.FileName));
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            services.AddNetworkingCoachCore(location);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();

            Console.WriteLine($"Building {contacts:N0} contacts and {touchpoints:N0} touchpoints…");
            var built = BigNetworkBuilder.Build(location.ConnectionString, contacts, touchpoints, DateTime.UtcNow);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"Built in {built.TotalSeconds:0.0} s ({new FileInfo(location.DatabasePath).Length / 1_048_576.0:0} MB)");
            Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
            Console.WriteLine();

            var changes = provider.GetRequiredService<DataChangeCounter>();
            var coach = provider.GetRequiredService<CoachService>();
            var dashboard = provider.GetRequiredService<DashboardService>();
            var reminders = provider.GetRequiredService<ReminderService>();
            var noop = () => Task.CompletedTask;
            var coldRuns = Math.Max(3, runs / 2);

            var snapshot = await coach.GetSnapshotAsync();
            Console.WriteLine($"Snapshot: {snapshot.Assessments.Count:N0} active contacts, {snapshot.Flags.Count():N0} flags");
            var data = await dashboard.GetAsync();
            var plan = await reminders.GetWeekAsync();
            Console.WriteLine($"Dashboard: {data.NeedingAttentionCount:N0} need attention, {data.TouchpointsThisMonth:N0} touchpoints this month; week {plan.Week}: {plan.Count} items");
            Console.WriteLine();

            var rows = new List<TimedRun>
            {
                await TimedRun.TimeAsync("coach snapshot alone (histories read + assessed)", coldRuns, Invalidate(changes), async () => await coach.GetSnapshotAsync()),
                await TimedRun.TimeAsync("dashboard data, first call (snapshot recomputed too)", coldRuns, Invalidate(changes), async () => await dashboard.GetAsync()),
                await TimedRun.TimeAsync("dashboard data, first call with the snapshot warm", runs, noop, async () =>
                    await ActivatorUtilities.CreateInstance<DashboardService>(provider).GetAsync()),
                await TimedRun.TimeAsync("dashboard data, cached call", runs * 10, noop, async () => await dashboard.GetAsync()),
                await TimedRun.TimeAsync("week page data, first call (snapshot recomputed too)", coldRuns, Invalidate(changes), async () => await reminders.GetWeekAsync()),
                await TimedRun.TimeAsync("week page data, first call with the snapshot warm", runs, noop, async () =>
                    await ActivatorUtilities.CreateInstance<ReminderService>(provider).GetWeekAsync()),
                await TimedRun.TimeAsync("week page data, cached call", runs * 10, noop, async () => await reminders.GetWeekAsync()),
                await TimedRun.TimeAsync("calendar feed (5 weeks), snapshot warm", runs, noop, async () =>
                    await ActivatorUtilities.CreateInstance<CalendarFeedService>(provider, ActivatorUtilities.CreateInstance<ReminderService>(provider)).BuildAsync()),
            };
            TimedRun.Print(rows);
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
            }
        }
    }

    private static Func<Task> Invalidate(DataChangeCounter changes) => () =>
    {
        changes.Increment();
        return Task.CompletedTask;
    };
}
