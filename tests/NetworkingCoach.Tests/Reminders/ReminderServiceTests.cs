using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.Coaching;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Reminders;

public class ReminderServiceTests : IAsyncLifetime
{
    // s_monday 16 November 2026, 09:30 UTC: ISO week 2026-W47.
    private static readonly DateTimeOffset s_monday = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTime s_now = s_monday.UtcDateTime;
    private TestStore _store = null!;

    private ReminderService Reminders => _store.Get<ReminderService>();

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(new FixedClock(s_monday, TimeZoneInfo.Utc));
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "UTC" });
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_ticked_off_follow_up_logs_a_touchpoint_and_leaves_the_week()
    {
        var (ana, asked) = await AddContactWithFollowUpAsync("Ana Pereira", new DateOnly(2026, 11, 13));
        var item = (await Reminders.GetWeekAsync()).Items.Single(i => i.Kind == ReminderKind.FollowUp);
        Assert.Equal(ReminderItem.FollowUpKey(ana, asked), item.Key);
        Assert.Equal("Ana Pereira", item.ContactName);

        await Reminders.TickOffAsync(item);

        await using var db = _store.NewContext();
        var logged = await db.Touchpoints.Where(t => t.ContactId == ana).OrderBy(t => t.Id).LastAsync();
        Assert.NotEqual(asked, logged.Id);
        Assert.Equal(s_now, logged.OccurredAt);
        Assert.Equal(Direction.IReachedOut, logged.Direction);
        Assert.Contains("ticked off", logged.Summary);
        var state = await db.ReminderStates.SingleAsync();
        Assert.Equal(item.Key, state.ItemKey);
        Assert.True(state.IsDone);
        Assert.DoesNotContain((await Reminders.GetWeekAsync()).Items, i => i.Key == item.Key);
    }

    [Fact]
    public async Task A_snoozed_item_stays_hidden_after_a_restart_and_comes_back_on_its_date()
    {
        var (ben, _) = await AddContactWithFollowUpAsync("Ben Okafor", new DateOnly(2026, 11, 18));
        var key = (await Reminders.GetWeekAsync()).Items.Single(i => i.ContactId == ben && i.Kind == ReminderKind.FollowUp).Key;

        var until = await Reminders.SnoozeForWeeksAsync(key, 1);

        Assert.Equal(new DateOnly(2026, 11, 23), until);
        Assert.DoesNotContain((await Reminders.GetWeekAsync()).Items, i => i.Key == key);
        await using (var restarted = Services(s_monday.AddHours(5)))
        {
            Assert.DoesNotContain((await restarted.GetRequiredService<ReminderService>().GetWeekAsync()).Items, i => i.Key == key);
        }

        await using (var later = Services(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)))
        {
            var plan = await later.GetRequiredService<ReminderService>().GetWeekAsync();
            Assert.Equal("2026-W48", plan.Week.ToString());
            Assert.Contains(plan.Items, i => i.Key == key);
        }
    }

    [Fact]
    public async Task A_page_of_the_week_lists_the_first_items_of_a_group_while_its_count_covers_them_all()
    {
        foreach (var (name, due) in new[] { ("Ana Pereira", 10), ("Ben Okafor", 12), ("Cleo Diaz", 13), ("Dev Rao", 17) })
        {
            await AddContactWithFollowUpAsync(name, new DateOnly(2026, 11, due));
        }

        var all = (await Reminders.GetWeekAsync()).Groups.Single(g => g.Kind == ReminderKind.FollowUp);
        var page = (await Reminders.GetWeekAsync(null, new Dictionary<ReminderKind, int> { [ReminderKind.FollowUp] = 3 })).Groups.Single(g => g.Kind == ReminderKind.FollowUp);
        var first = (await Reminders.GetWeekAsync(null, new Dictionary<ReminderKind, int> { [ReminderKind.FollowUp] = 1 })).Groups.Single(g => g.Kind == ReminderKind.FollowUp);

        Assert.Equal(4, all.Count);
        Assert.Equal(0, all.More);
        Assert.Equal(all.Items.Take(3).Select(i => i.Key), page.Items.Select(i => i.Key));
        Assert.Equal((4, 1, 1), (page.Total, page.Hidden, page.More));
        Assert.Equal("Ana Pereira", first.Items.Single().ContactName);
        Assert.Equal((4, 3), (first.Total, first.More));
    }

    [Fact]
    public async Task Ticking_off_an_item_of_a_page_brings_the_next_one_up()
    {
        foreach (var (name, due) in new[] { ("Ana Pereira", 10), ("Ben Okafor", 12), ("Cleo Diaz", 13) })
        {
            await AddContactWithFollowUpAsync(name, new DateOnly(2026, 11, due));
        }

        var shown = new Dictionary<ReminderKind, int> { [ReminderKind.FollowUp] = 2 };
        var before = (await Reminders.GetWeekAsync(null, shown)).Groups.Single(g => g.Kind == ReminderKind.FollowUp);
        await Reminders.TickOffAsync(before.Items[0]);

        var after = (await Reminders.GetWeekAsync(null, shown)).Groups.Single(g => g.Kind == ReminderKind.FollowUp);
        Assert.Equal(["Ben Okafor", "Cleo Diaz"], after.Items.Select(i => i.ContactName));
        Assert.Equal((2, 0), (after.Total, after.More));
    }

    [Fact]
    public async Task Relationships_to_renew_are_capped_and_snoozing_one_brings_up_the_next()
    {
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "UTC", WeeklyRenewLimit = 2 });
        foreach (var (name, daysAgo) in new[] { ("Fay Berg", 400), ("Gus Iyer", 500), ("Hal Levi", 600) })
        {
            await AddContactLastSeenAsync(name, daysAgo);
        }

        var renew = (await Reminders.GetWeekAsync()).Groups.Single(g => g.Kind == ReminderKind.Neglected);
        Assert.Equal(2, renew.Count);
        Assert.Equal(1, renew.Hidden);
        Assert.Equal(3, renew.Total);

        await Reminders.SnoozeForWeeksAsync(renew.Items[0].Key, 2);

        var after = (await Reminders.GetWeekAsync()).Groups.Single(g => g.Kind == ReminderKind.Neglected);
        Assert.Equal(2, after.Count);
        Assert.Equal(0, after.Hidden);
        Assert.DoesNotContain(after.Items, i => i.Key == renew.Items[0].Key);
        Assert.Equal(3, after.Items.Concat(renew.Items).Select(i => i.ContactId).Distinct().Count());
    }

    [Fact]
    public async Task A_new_renew_limit_applies_to_a_week_already_looked_at()
    {
        foreach (var (name, daysAgo) in new[] { ("Fay Berg", 400), ("Gus Iyer", 500), ("Hal Levi", 600) })
        {
            await AddContactLastSeenAsync(name, daysAgo);
        }

        Assert.Equal(3, (await Reminders.GetWeekAsync()).Groups.Single(g => g.Kind == ReminderKind.Neglected).Count);
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "UTC", WeeklyRenewLimit = 1 });

        var renew = (await Reminders.GetWeekAsync()).Groups.Single(g => g.Kind == ReminderKind.Neglected);
        Assert.Equal((1, 2), (renew.Count, renew.Hidden));
    }

    [Fact]
    public async Task A_relationship_snoozed_for_a_week_is_listed_first_in_the_week_it_comes_back_whatever_the_renew_limit()
    {
        await AddContactLastSeenAsync("Fay Berg", 400);

        var key = (await Reminders.GetWeekAsync()).Items.Single(i => i.Kind == ReminderKind.Neglected).Key;
        await Reminders.SnoozeForWeeksAsync(key, 1);
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "UTC", WeeklyRenewLimit = 0 });

        var planner = await Reminders.CreatePlannerAsync();
        Assert.DoesNotContain((await Reminders.GetWeekAsync()).Items, i => i.Key == key);
        var back = (await Reminders.GetWeekAsync(planner.CurrentWeek.Next)).Groups.Single(g => g.Kind == ReminderKind.Neglected).Items;
        var item = Assert.Single(back);
        Assert.Equal(key, item.Key);
        Assert.True(item.BackFromSnooze);
        Assert.Equal(new DateOnly(2026, 11, 23), item.DueOn);
        Assert.DoesNotContain((await Reminders.GetWeekAsync(planner.CurrentWeek.Next.Next)).Items, i => i.Key == key);
    }

    [Fact]
    public async Task A_contacts_assessment_leaves_out_the_snoozed_flag_for_any_page_that_shows_it()
    {
        var fay = await AddContactLastSeenAsync("Fay Berg", 400);

        var coach = _store.Get<NetworkingCoach.Relationships.CoachService>();
        var neglected = Assert.Single((await coach.AssessAsync(fay))!.Flags, f => f.RuleId == "neglected-relationship");

        await Reminders.SnoozeForWeeksAsync(neglected.Key, 1);

        var after = (await coach.AssessAsync(fay))!;
        Assert.DoesNotContain(after.Flags, f => f.Key == neglected.Key);
        Assert.Contains(after.Snoozed, f => f.Key == neglected.Key);
    }

    [Fact]
    public async Task Snoozing_to_today_or_earlier_is_refused()
    {
        await Assert.ThrowsAsync<SnoozeDateException>(() => Reminders.SnoozeAsync("k", new DateOnly(2026, 11, 16)));
        await Assert.ThrowsAsync<SnoozeDateException>(() => Reminders.SnoozeAsync("k", new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public async Task A_name_not_yet_contacted_and_a_thank_you_owed_land_in_the_week_and_ticking_them_off_moves_them_on()
    {
        int cara, dan, referralId;
        await using (var db = _store.NewContext())
        {
            var referrer = Contact("Cara Lindqvist");
            var referred = Contact("Dan Novak");
            var meeting = new Touchpoint
            {
                OccurredAt = new DateTime(2026, 11, 5, 15, 0, 0, DateTimeKind.Utc), Channel = Channel.InPerson, Direction = Direction.Mutual,
                Intent = TouchpointIntent.Meeting, Replied = true, MeetingPurpose = "Learn about the team", MeetingAgenda = "Path\nNames",
                CreatedAt = s_now, UpdatedAt = s_now,
            };
            referrer.Touchpoints.Add(meeting);
            db.Contacts.AddRange(referrer, referred);
            var referral = new Referral { Referrer = referrer, Referred = referred, SourceTouchpoint = meeting, Status = ReferralStatus.Suggested, SuggestedOn = new DateOnly(2026, 11, 5), CreatedAt = s_now };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            (cara, dan, referralId) = (referrer.Id, referred.Id, referral.Id);
        }

        var plan = await Reminders.GetWeekAsync();
        var thanks = plan.Groups.Single(g => g.Kind == ReminderKind.ThankYou).Items.Single();
        var referralItem = plan.Groups.Single(g => g.Kind == ReminderKind.Referral).Items.Single();
        Assert.Equal(cara, thanks.ContactId);
        Assert.Equal(dan, referralItem.ContactId);

        await Reminders.TickOffAsync(referralItem);
        await Reminders.TickOffAsync(thanks);

        await using var check = _store.NewContext();
        var stored = await check.Referrals.SingleAsync(r => r.Id == referralId);
        Assert.Equal(ReferralStatus.Contacted, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 16), stored.ContactedOn);
        Assert.True(await check.Touchpoints.AnyAsync(t => t.ContactId == cara && t.Intent == TouchpointIntent.ThankYou && t.OccurredAt == s_now));
        var after = await Reminders.GetWeekAsync();
        Assert.Empty(after.Groups.Single(g => g.Kind == ReminderKind.ThankYou).Items);
        Assert.Empty(after.Groups.Single(g => g.Kind == ReminderKind.Referral).Items);
    }

    [Fact]
    public async Task A_meeting_late_sunday_utc_belongs_to_the_next_week_in_berlin()
    {
        await using (var db = _store.NewContext())
        {
            var eve = Contact("Eve Rossi");
            eve.Touchpoints.Add(new Touchpoint
            {
                OccurredAt = new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc), Channel = Channel.VideoCall, Direction = Direction.Mutual,
                Intent = TouchpointIntent.Meeting, CreatedAt = s_now, UpdatedAt = s_now,
            });
            db.Contacts.Add(eve);
            await db.SaveChangesAsync();
        }

        var utcWeek = await Reminders.GetWeekAsync(new IsoWeek(2026, 47));
        Assert.Single(utcWeek.Groups.Single(g => g.Kind == ReminderKind.Meeting).Items);

        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = "Europe/Berlin" });
        Assert.Empty((await Reminders.GetWeekAsync(new IsoWeek(2026, 47))).Groups.Single(g => g.Kind == ReminderKind.Meeting).Items);
        var meeting = (await Reminders.GetWeekAsync(new IsoWeek(2026, 48))).Groups.Single(g => g.Kind == ReminderKind.Meeting).Items.Single();
        Assert.Equal(new DateOnly(2026, 11, 23), meeting.DueOn);
        Assert.False(meeting.HasPurpose);
        Assert.False(meeting.HasAgenda);
    }

    [Fact]
    public async Task The_calendar_feed_needs_the_stored_token_and_a_new_token_retires_the_old_one()
    {
        await AddContactWithFollowUpAsync("Ana Pereira", new DateOnly(2026, 11, 18));
        var feed = _store.Get<CalendarFeedService>();

        var token = await feed.GetOrCreateTokenAsync();
        Assert.True(token.Length >= 40);
        Assert.Equal(token, await feed.GetOrCreateTokenAsync());
        Assert.True(await feed.IsValidAsync(token));
        Assert.False(await feed.IsValidAsync(token[..^1] + (token[^1] == 'a' ? 'b' : 'a')));
        Assert.False(await feed.IsValidAsync(""));

        var replaced = await feed.RegenerateTokenAsync();
        Assert.NotEqual(token, replaced);
        Assert.False(await feed.IsValidAsync(token));
        Assert.True(await feed.IsValidAsync(replaced));

        var ics = await feed.BuildAsync();
        Assert.Contains("SUMMARY:Follow up with Ana Pereira\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20261118\r\n", ics);
    }

    /// <summary>A contact last met in person (both ways) <paramref name="daysAgo"/> days ago.</summary>
    private async Task<int> AddContactLastSeenAsync(string name, int daysAgo)
    {
        await using var db = _store.NewContext();
        var contact = Contact(name);
        contact.Touchpoints.Add(new Touchpoint
        {
            OccurredAt = s_now.AddDays(-daysAgo), Channel = Channel.InPerson, Direction = Direction.Mutual, Intent = TouchpointIntent.KeepInTouch,
            Replied = true, CreatedAt = s_now, UpdatedAt = s_now,
        });
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    private static Contact Contact(string name) => new() { Name = name, SearchText = name.ToLowerInvariant(), CreatedAt = s_now, UpdatedAt = s_now };

    private async Task<(int ContactId, int TouchpointId)> AddContactWithFollowUpAsync(string name, DateOnly followUpOn)
    {
        await using var db = _store.NewContext();
        var contact = Contact(name);
        var asked = new Touchpoint
        {
            OccurredAt = s_now.AddDays(-10), Channel = Channel.Email, Direction = Direction.IReachedOut, Intent = TouchpointIntent.AdviceRequest,
            Summary = "Asked about the platform team", FollowUpOn = followUpOn, CreatedAt = s_now, UpdatedAt = s_now,
        };
        contact.Touchpoints.Add(asked);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return (contact.Id, asked.Id);
    }

    /// <summary>The same database opened by a fresh set of services, as after a restart, on another clock.</summary>
    private ServiceProvider Services(DateTimeOffset now)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(now));
        services.AddLogging();
        services.AddNetworkingCoachCore(DatabaseLocation.ForFile(_store.DatabasePath));
        return services.BuildServiceProvider();
    }
}
