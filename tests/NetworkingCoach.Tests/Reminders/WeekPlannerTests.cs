using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;
using NetworkingCoach.Tests.Coaching;

namespace NetworkingCoach.Tests.Reminders;

public class WeekPlannerTests
{
    private static readonly TimeZoneInfo s_berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo s_losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    // Monday 16 November 2026, 09:30 UTC: ISO week 2026-W47.
    private static WeekPlanner Planner(TimeZoneInfo? zone = null, DateTimeOffset? now = null) =>
        new(zone ?? TimeZoneInfo.Utc, new FixedTimeProvider(now ?? new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero)));

    private static ReminderItem Item(string key, DateOnly due, ReminderKind kind = ReminderKind.FollowUp, double priority = 1) => new()
    {
        Key = key,
        Kind = kind,
        ContactId = 1,
        Detail = key,
        DueOn = due,
        Priority = priority,
    };

    [Theory]
    [InlineData("2026-W47", 2026, 11, 16)]
    [InlineData("2026-W01", 2025, 12, 29)]
    [InlineData("2026-W53", 2026, 12, 28)]
    [InlineData("2027W1", 2027, 1, 4)]
    public void An_iso_week_starts_on_its_monday(string text, int year, int month, int day)
    {
        Assert.True(IsoWeek.TryParse(text, out var week));

        Assert.Equal(new DateOnly(year, month, day), week.Monday);
        Assert.Equal(week.Monday.AddDays(6), week.Sunday);
        Assert.Equal(week, IsoWeek.Of(week.Sunday));
    }

    [Theory]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-47")]
    [InlineData("next week")]
    [InlineData("")]
    public void Text_that_is_not_a_week_is_refused(string text) => Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void The_last_days_of_december_can_belong_to_the_next_iso_year_and_the_first_days_of_january_to_the_last()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 1)).ToString());
        Assert.Equal("2026-W01", IsoWeek.Of(new DateOnly(2025, 12, 29)).ToString());
        Assert.Equal("2026-W53", new IsoWeek(2027, 1).Previous.ToString());
        Assert.Equal("2027-W01", new IsoWeek(2026, 53).Next.ToString());
    }

    [Fact]
    public void Sunday_late_evening_in_utc_is_already_monday_in_berlin_so_the_week_has_turned_there()
    {
        var now = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("2026-W47", Planner(TimeZoneInfo.Utc, now).CurrentWeek.ToString());
        Assert.Equal("2026-W48", Planner(s_berlin, now).CurrentWeek.ToString());
        Assert.Equal(new DateOnly(2026, 11, 23), Planner(s_berlin, now).Today);
    }

    [Fact]
    public void Monday_morning_in_utc_is_still_sunday_in_los_angeles()
    {
        var now = new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-W48", Planner(TimeZoneInfo.Utc, now).CurrentWeek.ToString());
        Assert.Equal("2026-W47", Planner(s_losAngeles, now).CurrentWeek.ToString());
    }

    [Fact]
    public void A_week_in_berlin_runs_from_local_monday_midnight_as_utc_instants()
    {
        var (from, to) = Planner(s_berlin).UtcRange(new IsoWeek(2026, 48));

        Assert.Equal(new DateTime(2026, 11, 22, 23, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal(new DateOnly(2026, 11, 23), Planner(s_berlin).LocalDate(new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_week_across_the_spring_clock_change_is_an_hour_shorter_in_utc()
    {
        // Europe moves clocks forward on Sunday 29 March 2026.
        var (from, to) = Planner(s_berlin).UtcRange(new IsoWeek(2026, 13));

        Assert.Equal(new DateTime(2026, 3, 22, 23, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), to);
    }

    [Fact]
    public void The_current_week_holds_items_due_in_it_and_everything_overdue_but_not_next_weeks_items()
    {
        var planner = Planner();
        var items = new[]
        {
            Item("due-sunday", new DateOnly(2026, 11, 22)),
            Item("overdue", new DateOnly(2026, 10, 1)),
            Item("next-monday", new DateOnly(2026, 11, 23)),
            Item("past-meeting", new DateOnly(2026, 11, 9), ReminderKind.Meeting),
        };

        var plan = planner.Plan(new IsoWeek(2026, 47), items, new Dictionary<string, ReminderState>(), 10);

        Assert.True(plan.IsCurrentWeek);
        Assert.Equal(["due-sunday", "overdue"], plan.Items.Select(i => i.Key).Order());
    }

    [Fact]
    public void Another_week_holds_only_what_is_due_in_it()
    {
        var planner = Planner();
        var items = new[] { Item("overdue", new DateOnly(2026, 10, 1)), Item("next-monday", new DateOnly(2026, 11, 23)), Item("week-after", new DateOnly(2026, 11, 30)) };

        var next = planner.Plan(new IsoWeek(2026, 48), items, new Dictionary<string, ReminderState>(), 10);
        var past = planner.Plan(new IsoWeek(2026, 40), items, new Dictionary<string, ReminderState>(), 10);

        Assert.Equal(["next-monday"], next.Items.Select(i => i.Key));
        Assert.Equal(["overdue"], past.Items.Select(i => i.Key));
        Assert.False(next.IsCurrentWeek);
    }

    [Fact]
    public void A_snoozed_item_stays_hidden_until_its_date_and_shows_again_on_it()
    {
        var item = Item("k", new DateOnly(2026, 11, 10));
        var state = new ReminderState { ItemKey = "k", SnoozedUntil = new DateOnly(2026, 11, 23), At = new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc) };

        Assert.False(Planner(now: new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero)).IsVisible(item, state));
        Assert.True(Planner(now: new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)).IsVisible(item, state));
    }

    [Fact]
    public void A_snooze_ends_at_local_midnight_in_the_users_zone()
    {
        var item = Item("k", new DateOnly(2026, 11, 10));
        var state = new ReminderState { ItemKey = "k", SnoozedUntil = new DateOnly(2026, 11, 23), At = new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc) };

        // 23:30 UTC on the 22nd is already the 23rd in s_berlin.
        Assert.True(Planner(s_berlin, new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero)).IsVisible(item, state));
        Assert.False(Planner(TimeZoneInfo.Utc, new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero)).IsVisible(item, state));
    }

    [Fact]
    public void A_tick_off_covers_the_occurrence_that_was_due_but_not_the_next_one()
    {
        var state = new ReminderState { ItemKey = "neglected-relationship:1::", IsDone = true, At = new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc) };
        var planner = Planner(now: new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.False(planner.IsVisible(Item(state.ItemKey, new DateOnly(2026, 11, 10)), state));
        Assert.False(planner.IsVisible(Item(state.ItemKey, new DateOnly(2026, 11, 16)), state));
        Assert.True(planner.IsVisible(Item(state.ItemKey, new DateOnly(2027, 2, 14)), state));
    }

    [Fact]
    public void Relationships_to_renew_are_capped_most_valuable_first_and_the_rest_counted()
    {
        var items = Enumerable.Range(1, 5).Select(i => Item($"n{i}", new DateOnly(2026, 11, 1), ReminderKind.Neglected, priority: i)).ToList();

        var plan = Planner().Plan(new IsoWeek(2026, 47), items, new Dictionary<string, ReminderState>(), 3);

        var group = plan.Groups.Single(g => g.Kind == ReminderKind.Neglected);
        Assert.Equal(["n5", "n4", "n3"], group.Items.Select(i => i.Key));
        Assert.Equal(2, group.Hidden);
    }

    [Fact]
    public void Follow_ups_come_oldest_first_and_on_the_same_day_the_more_valuable_first()
    {
        var items = new[]
        {
            Item("wed", new DateOnly(2026, 11, 18), priority: 90),
            Item("mon-low", new DateOnly(2026, 11, 16), priority: 10),
            Item("mon-high", new DateOnly(2026, 11, 16), priority: 50),
        };

        var plan = Planner().Plan(new IsoWeek(2026, 47), items, new Dictionary<string, ReminderState>(), 10);

        Assert.Equal(["mon-high", "mon-low", "wed"], plan.Items.Select(i => i.Key));
    }

    [Fact]
    public void A_group_lists_at_most_fifty_items_and_counts_the_rest()
    {
        var items = Enumerable.Range(1, 70).Select(i => Item($"f{i}", new DateOnly(2026, 11, 1), priority: i)).ToList();

        var plan = Planner().Plan(new IsoWeek(2026, 47), items, new Dictionary<string, ReminderState>(), 10);

        var group = plan.Groups.Single(g => g.Kind == ReminderKind.FollowUp);
        Assert.Equal(WeekPlanner.MaxPerGroup, group.Count);
        Assert.Equal(20, group.Hidden);
        Assert.Equal(70, plan.Total);
        Assert.Equal("f70", group.Items[0].Key);
    }

    [Fact]
    public void A_week_with_nothing_visible_is_all_clear()
    {
        var states = new Dictionary<string, ReminderState> { ["k"] = new() { ItemKey = "k", IsDone = true, At = new DateTime(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc) } };

        var plan = Planner().Plan(new IsoWeek(2026, 47), [Item("k", new DateOnly(2026, 11, 12))], states, 10);

        Assert.True(plan.IsAllClear);
        Assert.Equal(0, plan.Count);
    }

    [Fact]
    public void A_more_valuable_tie_outranks_a_dormant_one_that_is_years_overdue()
    {
        Assert.True(AttentionPriority.Of(80, 14) > AttentionPriority.Of(5, 3650));
        Assert.True(AttentionPriority.Of(40, 60) > AttentionPriority.Of(40, 10));
    }
}
