using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;
using NetworkingCoach.Relationships;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Relationships;

/// <summary>A user on UTC+14 with the server on UTC: it is already Sunday 22 Nov for the user while the server says Saturday.</summary>
public class CoachCalendarTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(new FixedClock(FixedClock.Default, TimeZoneInfo.Utc));
        await _store.UseTimeZoneAsync("Pacific/Kiritimati");
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task The_coach_counts_due_dates_on_the_users_calendar_and_the_week_agrees()
    {
        var fintan = await _store.Get<ContactService>().CreateAsync(new ContactInput { Name = "Fintan Schmidt", CadenceDays = 29 });
        // 23 Oct 10:00 for the user is still 22 Oct on the server.
        await _store.Get<TouchpointService>().LogAsync(new TouchpointInput
        {
            ContactId = fintan,
            OccurredAt = new DateTime(2026, 10, 23, 10, 0, 0),
            Channel = Channel.Phone,
            Direction = Direction.Mutual,
            Intent = TouchpointIntent.KeepInTouch,
        });

        var flag = Assert.Single((await _store.Get<CoachService>().AssessAsync(fintan))!.Flags, f => f.RuleId == "neglected-relationship");
        var week = await _store.Get<ReminderService>().GetWeekAsync();

        Assert.Equal(new DateOnly(2026, 11, 22), week.Today);
        Assert.Equal(new DateOnly(2026, 11, 21), flag.DueOn);
        var item = Assert.Single(week.Items, i => i.ContactId == fintan);
        Assert.Equal(flag.DueOn, item.DueOn);
    }

    [Fact]
    public async Task The_timeline_shows_the_time_the_user_entered()
    {
        var ana = await _store.AddContactAsync("Ana Ruiz");
        var entered = new DateTime(2026, 11, 22, 9, 15, 0);
        await _store.Get<TouchpointService>().LogAsync(new TouchpointInput
        {
            ContactId = ana,
            OccurredAt = entered,
            Channel = Channel.Email,
            Direction = Direction.IReachedOut,
            Intent = TouchpointIntent.KeepInTouch,
        });

        var entry = Assert.Single((await _store.Get<TouchpointService>().TimelineAsync(ana)).Entries);

        Assert.Equal(new DateTime(2026, 11, 21, 19, 15, 0), entry.OccurredAt);
        Assert.Equal(entered, entry.OccurredAtLocal);
    }
}
