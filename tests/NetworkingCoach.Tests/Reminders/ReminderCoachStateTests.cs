using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Reminders;

/// <summary>Tick-offs and snoozes are the coach's state: one answer for the week, the contact page and the grid.</summary>
public class ReminderCoachStateTests : IAsyncLifetime
{
    // s_monday 16 November 2026, 09:30 UTC: ISO week 2026-W47.
    private static readonly DateTimeOffset s_monday = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTime s_now = s_monday.UtcDateTime;
    private TestStore _store = null!;

    private ReminderService Reminders => _store.Get<ReminderService>();

    private CoachService Coach => _store.Get<CoachService>();

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(new FixedClock(s_monday, TimeZoneInfo.Utc));
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "UTC" });
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Ticking_off_logs_the_channel_last_used_with_the_contact_unless_another_is_chosen()
    {
        var fay = await AddNeglectedAsync("Fay Berg", Channel.Phone);
        var gus = await AddNeglectedAsync("Gus Iyer", Channel.Phone);
        var week = await Reminders.GetWeekAsync();

        Assert.Equal(Channel.Phone, await Reminders.DefaultChannelAsync(fay));
        await Reminders.TickOffAsync(week.Items.Single(i => i.ContactId == fay));
        await Reminders.TickOffAsync(week.Items.Single(i => i.ContactId == gus), Channel.LinkedIn);

        await using var db = _store.NewContext();
        Assert.Equal(Channel.Phone, (await db.Touchpoints.Where(t => t.ContactId == fay).OrderBy(t => t.Id).LastAsync()).Channel);
        Assert.Equal(Channel.LinkedIn, (await db.Touchpoints.Where(t => t.ContactId == gus).OrderBy(t => t.Id).LastAsync()).Channel);
    }

    [Fact]
    public async Task Undoing_a_tick_off_removes_what_it_logged_and_puts_the_item_back()
    {
        var fay = await AddNeglectedAsync("Fay Berg", Channel.Phone);
        var item = (await Reminders.GetWeekAsync()).Items.Single(i => i.ContactId == fay);
        await Reminders.TickOffAsync(item, Channel.Email);
        Assert.DoesNotContain((await Reminders.GetWeekAsync()).Items, i => i.Key == item.Key);

        Assert.True(await Reminders.UndoTickOffAsync(item));

        Assert.Contains((await Reminders.GetWeekAsync()).Items, i => i.Key == item.Key);
        Assert.Contains((await Coach.AssessAsync(fay))!.Flags, f => f.Key == item.Key);
        await using var db = _store.NewContext();
        Assert.Equal(1, await db.Touchpoints.CountAsync(t => t.ContactId == fay));
        Assert.Empty(db.ReminderStates);
        Assert.False(await Reminders.UndoTickOffAsync(item));
    }

    [Fact]
    public async Task A_snoozed_item_leaves_every_view_and_shows_in_the_week_it_comes_back()
    {
        var fay = await AddNeglectedAsync("Fay Berg", Channel.Phone);
        var item = (await Reminders.GetWeekAsync()).Items.Single(i => i.ContactId == fay);
        var wednesdayNextWeek = new DateOnly(2026, 11, 25);

        await Reminders.SnoozeAsync(item.Key, wednesdayNextWeek);

        Assert.DoesNotContain((await Reminders.GetWeekAsync()).Items, i => i.Key == item.Key);
        Assert.DoesNotContain((await Coach.AssessAsync(fay))!.Flags, f => f.Key == item.Key);
        Assert.Empty((await _store.Get<ContactService>().ListAsync(new ContactQuery { FlagRuleId = "neglected-relationship" })).Items);
        var nextWeek = await Reminders.GetWeekAsync(IsoWeek.Of(wednesdayNextWeek));
        var back = Assert.Single(nextWeek.Items, i => i.Key == item.Key);
        Assert.Equal(wednesdayNextWeek, back.DueOn);
        var keepInTouch = (await Coach.AssessAsync(fay))!.KeepInTouch!;
        Assert.Equal(wednesdayNextWeek, keepInTouch.NextDue);
        Assert.Contains("Snoozed until 25 November 2026", keepInTouch.Why);
    }

    [Fact]
    public async Task The_contact_page_says_when_the_next_keep_in_touch_is_due_and_why()
    {
        var ana = await _store.Get<ContactService>().CreateAsync(new ContactInput { Name = "Ana Ruiz", CadenceDays = 45 });
        await Seed.TouchAsync(_store, ana, s_now.AddDays(-10), Channel.InPerson, Direction.Mutual, TouchpointIntent.KeepInTouch, replied: true);

        var keepInTouch = (await Coach.AssessAsync(ana))!.KeepInTouch!;

        Assert.Equal(new DateOnly(2026, 11, 6).AddDays(45), keepInTouch.NextDue);
        Assert.Equal("Last contact was on 6 November 2026; the rhythm you set is every 45 days.", keepInTouch.Why);
    }

    [Fact]
    public async Task A_keep_in_touch_message_just_sent_does_not_count_as_unanswered_until_the_wait_has_passed()
    {
        var ana = await _store.AddContactAsync("Ana Ruiz");
        await Seed.TouchAsync(_store, ana, s_now.AddDays(-40), Channel.InPerson, Direction.Mutual, TouchpointIntent.KeepInTouch, replied: true);
        var before = (await Coach.AssessAsync(ana))!.Tie;

        await Seed.TouchAsync(_store, ana, s_now.AddMinutes(-5), Channel.Email, Direction.IReachedOut, TouchpointIntent.KeepInTouch, replied: false);
        var justSent = (await Coach.AssessAsync(ana))!.Tie;
        _store.Clock.Now = s_monday.AddDays(15);
        var afterTheWait = (await Coach.AssessAsync(ana))!.Tie;

        Assert.True(justSent.Score >= before.Score, $"{justSent.Score} < {before.Score}");
        Assert.DoesNotContain(justSent.Reasons, r => r.Contains("unanswered"));
        Assert.Contains(afterTheWait.Reasons, r => r.Contains("unanswered"));
    }

    private async Task<int> AddNeglectedAsync(string name, Channel channel)
    {
        var id = await _store.AddContactAsync(name);
        await Seed.TouchAsync(_store, id, s_now.AddDays(-400), channel, Direction.Mutual, TouchpointIntent.KeepInTouch, replied: true);
        return id;
    }
}
