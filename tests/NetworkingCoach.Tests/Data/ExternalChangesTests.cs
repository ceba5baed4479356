using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Data;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Data;

/// <summary>Another process (the CLI) writing to the database the app is using: its commits are seen on the next look.</summary>
public class ExternalChangesTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private ServiceProvider _otherProcess = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(_store.Clock);
        services.AddNetworkingCoachCore(DatabaseLocation.ForFile(_store.DatabasePath));
        _otherProcess = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _otherProcess.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Contacts_imported_by_another_process_count_on_the_next_dashboard_load()
    {
        await _store.AddContactAsync("Ana Ruiz");
        Assert.Equal(1, (await _store.Get<DashboardService>().GetAsync()).ContactCount);

        var other = _otherProcess.GetRequiredService<ContactService>();
        foreach (var name in new[] { "Ben Ode", "Chen Li", "Dara Kim", "Eve Moss", "Finn Roe" })
        {
            await other.CreateAsync(new ContactInput { Name = name });
        }

        await WaitForThePollAsync();

        Assert.Equal(6, (await _store.Get<DashboardService>().GetAsync()).ContactCount);
        Assert.Equal(6, (await _store.Get<CoachService>().GetSnapshotAsync()).Assessments.Count);
    }

    [Fact]
    public async Task The_apps_own_writes_are_not_taken_for_another_writers()
    {
        var ana = await _store.AddContactAsync("Ana Ruiz");
        var coach = _store.Get<CoachService>();
        await coach.GetSnapshotAsync();
        await _store.Get<NetworkingCoach.Touchpoints.TouchpointService>().LogAsync(_store.Touchpoint(ana));
        var counter = _store.Get<DataChangeCounter>();
        var afterWrite = counter.Version;

        await WaitForThePollAsync();

        Assert.Equal(afterWrite, counter.Version);
        Assert.False(counter.ChangesSince(afterWrite - 1).IsEverything);
    }

    [Fact]
    public async Task A_database_emptied_underneath_the_app_leaves_every_view_working()
    {
        var ana = await _store.AddContactAsync("Ana Ruiz");
        await _store.Get<NetworkingCoach.Touchpoints.TouchpointService>().LogAsync(_store.Touchpoint(ana, daysAgo: 400));
        await _store.Get<DashboardService>().GetAsync();
        await _store.Get<ReminderService>().GetWeekAsync();

        await _otherProcess.GetRequiredService<ContactService>().DeleteAsync(ana);
        await WaitForThePollAsync();

        Assert.Equal(0, (await _store.Get<DashboardService>().GetAsync()).ContactCount);
        Assert.Empty((await _store.Get<ReminderService>().GetWeekAsync()).Items);
        Assert.Empty((await _store.Get<CoachService>().GetSnapshotAsync()).Assessments);
        Assert.Null(await _store.Get<CoachService>().AssessAsync(ana));
        Assert.Equal(0, (await _store.Get<ContactService>().ListAsync(new ContactQuery())).TotalCount);
    }

    private static Task WaitForThePollAsync() => Task.Delay(ExternalChangeWatcher.PollInterval + TimeSpan.FromMilliseconds(100));
}
