using System.Globalization;
using NetworkingCoach.Coaching;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Dashboard;

/// <summary>Dashboard figures over a fixed, hand-made network, checked against counts worked out here in plain LINQ.</summary>
public class DashboardServiceTests : IAsyncLifetime
{
    // Monday 16 November 2026, 09:30 UTC, which is 04:30 the same Monday in New York.
    private static readonly DateTime s_now = TestStore.Now.UtcDateTime;
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private TestStore _store = null!;
    private readonly List<Contact> _contacts = [];
    private readonly List<Referral> _referrals = [];

    private DashboardService Dashboard => _store.Get<DashboardService>();

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.Get<SettingsService>().SaveAsync(new PreferenceSettings { TimeZoneId = s_newYork.Id });
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_brand_new_database_is_empty()
    {
        var data = await Dashboard.GetAsync();

        Assert.True(data.IsEmpty);
        Assert.Equal(0, data.ContactCount);
        Assert.Empty(data.NeedsAttention);
    }

    [Fact]
    public async Task Figures_match_counts_worked_out_independently_in_the_users_time_zone()
    {
        await SeedAsync();

        var data = await Dashboard.GetAsync();

        var active = _contacts.Where(c => !c.IsArchived).ToList();
        var past = active.SelectMany(c => c.Touchpoints).Where(t => t.OccurredAt <= s_now).ToList();

        // The data set exercises every figure: none of them is trivially zero.
        Assert.All(new[] { data.TouchpointsThisMonth, data.TouchpointsLastMonth, data.Asks, data.Gives, data.Meetings, data.NamesGained, data.ArchivedCount }, n => Assert.True(n > 0));
        Assert.False(data.IsEmpty);
        Assert.Equal(active.Count, data.ContactCount);
        Assert.Equal(_contacts.Count(c => c.IsArchived), data.ArchivedCount);
        Assert.Equal(active.Count, data.Tiers.Sum(t => t.Count));
        Assert.Equal([TieTier.Strong, TieTier.Medium, TieTier.Weak, TieTier.Dormant], data.Tiers.Select(t => t.Tier));

        // Months and weeks as the user lives them, in New York.
        Assert.Equal(past.Count(t => Local(t) is { Year: 2026, Month: 11 }), data.TouchpointsThisMonth);
        Assert.Equal(past.Count(t => Local(t) is { Year: 2026, Month: 10 }), data.TouchpointsLastMonth);

        var firstMonday = new DateOnly(2026, 8, 31);
        Assert.Equal(firstMonday.ToString("d MMM", CultureInfo.InvariantCulture), data.WeekLabels[0]);
        Assert.Equal("16 Nov", data.WeekLabels[^1]);
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var expected = Enumerable.Range(0, 12)
                .Select(w => past.Count(t => t.Channel == channel && IsoWeek.Of(Local(t)) == IsoWeek.Of(firstMonday.AddDays(7 * w))))
                .ToList();
            var series = data.TouchpointsPerWeek.SingleOrDefault(s => s.Channel == channel);
            Assert.Equal(expected, series?.Points.Select(p => p.Count).ToList() ?? Enumerable.Repeat(0, 12).ToList());
        }

        var window = past.Where(t => Local(t) >= firstMonday).ToList();
        Assert.Equal(window.Count(IsAsk), data.Asks);
        Assert.Equal(window.Count(IsGive), data.Gives);
        var meetings = window.Where(t => t.Intent == TouchpointIntent.Meeting).ToList();
        Assert.Equal(meetings.Count, data.Meetings);
        Assert.Equal(_referrals.Count(r => r.SourceTouchpoint is { } source && meetings.Contains(source)), data.NamesGained);
        Assert.Equal(2, data.NamesGoal);

        var weekOf = (DateOnly day) => (IsoWeek.Of(day).Monday.DayNumber - firstMonday.DayNumber) / 7;
        Assert.Equal(Enumerable.Range(0, 12).Select(w => window.Count(t => IsAsk(t) && weekOf(Local(t)) == w)), data.GiveAskPerWeek.Select(w => w.Asks));
        Assert.Equal(Enumerable.Range(0, 12).Select(w => window.Count(t => IsGive(t) && weekOf(Local(t)) == w)), data.GiveAskPerWeek.Select(w => w.Gives));
        Assert.Equal(data.WeekLabels, data.GiveAskPerWeek.Select(w => w.Label));

        var referralMonths = Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 12, 1).AddMonths(i)).ToList();
        Assert.Equal(referralMonths.Select(m => _referrals.Count(r => SameMonth(r.SuggestedOn, m))), data.ReferralsPerMonth.Select(m => m.Count));
        Assert.Equal("Nov 2026", data.ReferralsPerMonth[^1].Label);
    }

    [Fact]
    public async Task The_touchpoint_at_half_past_eleven_on_sunday_night_in_new_york_counts_in_that_week_not_the_next()
    {
        await using (var db = _store.NewContext())
        {
            var contact = Person("Late Caller");
            contact.Touchpoints.Add(Touch(new DateTime(2026, 11, 16, 4, 30, 0, DateTimeKind.Utc), Channel.Phone, Direction.TheyReachedOut, TouchpointIntent.KeepInTouch));
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        var phone = (await Dashboard.GetAsync()).TouchpointsPerWeek.Single(s => s.Channel == Channel.Phone);

        Assert.Equal(1, phone.Points[^2].Count);
        Assert.Equal(0, phone.Points[^1].Count);
    }

    [Fact]
    public async Task A_snoozed_relationship_leaves_the_needs_attention_list_and_its_count()
    {
        await using (var db = _store.NewContext())
        {
            var fading = Person("Fading Friend");
            fading.Touchpoints.Add(Touch(s_now.AddDays(-400), Channel.InPerson, Direction.Mutual, TouchpointIntent.KeepInTouch));
            db.Contacts.Add(fading);
            db.Contacts.Add(Person("Fresh Import"));
            await db.SaveChangesAsync();
        }

        var before = await Dashboard.GetAsync();
        var item = Assert.Single(before.NeedsAttention);
        Assert.Equal("Fading Friend", item.Name);
        Assert.Equal(1, before.NeedingAttentionCount);
        Assert.True(item.DaysOverdue > 0);

        foreach (var key in item.FlagKeys)
        {
            await _store.Get<ReminderService>().SnoozeForWeeksAsync(key, 2);
        }

        var after = await Dashboard.GetAsync();
        Assert.Empty(after.NeedsAttention);
        Assert.Equal(0, after.NeedingAttentionCount);
    }

    private static DateOnly Local(Touchpoint t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(t.OccurredAt, s_newYork));

    private static bool SameMonth(DateOnly day, DateOnly month) => day.Year == month.Year && day.Month == month.Month;

    private static bool IsAsk(Touchpoint t) => t.Direction != Direction.TheyReachedOut && t.Intent is TouchpointIntent.AdviceRequest or TouchpointIntent.JobAsk;

    private static bool IsGive(Touchpoint t) => t.Direction != Direction.TheyReachedOut && t.Intent is TouchpointIntent.OfferHelp or TouchpointIntent.Introduction or TouchpointIntent.ThankYou;

    private static Contact Person(string name) => new() { Name = name, SearchText = name.ToLowerInvariant(), CreatedAt = s_now, UpdatedAt = s_now };

    private static Touchpoint Touch(DateTime at, Channel channel, Direction direction, TouchpointIntent intent) => new()
    {
        OccurredAt = at, Channel = channel, Direction = direction, Intent = intent, Replied = direction != Direction.IReachedOut, CreatedAt = s_now, UpdatedAt = s_now,
    };

    /// <summary>40 people, 5 archived, with touchpoints over the last eight months (and a few upcoming meetings) and 25 referrals.</summary>
    private async Task SeedAsync()
    {
        var random = new Random(47);
        for (var i = 0; i < 40; i++)
        {
            var contact = Person($"Person {i:D2}");
            contact.IsArchived = i % 8 == 7;
            var count = random.Next(0, 16);
            for (var j = 0; j < count; j++)
            {
                // Whole minutes over 250 days back and 10 ahead, many of them near New York midnight.
                var at = s_now.AddMinutes(-random.Next(-10 * 1440, 250 * 1440));
                if (j % 4 == 0)
                {
                    at = at.Date.AddHours(random.Next(3, 6)).AddMinutes(random.Next(0, 60));
                }

                contact.Touchpoints.Add(Touch(at, (Channel)random.Next(0, 8), (Direction)random.Next(0, 3), (TouchpointIntent)random.Next(0, 7)));
            }

            _contacts.Add(contact);
        }

        var meetings = _contacts.SelectMany(c => c.Touchpoints.Where(t => t.Intent == TouchpointIntent.Meeting).Select(t => (Contact: c, Meeting: t))).ToList();
        for (var i = 0; i < 25; i++)
        {
            var referrer = _contacts[random.Next(_contacts.Count)];
            var referred = _contacts[random.Next(_contacts.Count)];
            (Contact Contact, Touchpoint Meeting)? source = i % 2 == 0 && meetings.Count > 0 ? meetings[random.Next(meetings.Count)] : null;
            _referrals.Add(new Referral
            {
                Referrer = source?.Contact ?? referrer,
                Referred = referred,
                SourceTouchpoint = source?.Meeting,
                Status = (ReferralStatus)random.Next(0, 4),
                SuggestedOn = source is { } s ? DateOnly.FromDateTime(s.Meeting.OccurredAt) : DateOnly.FromDateTime(s_now.AddDays(-random.Next(0, 400))),
                CreatedAt = s_now,
            });
        }

        await using var db = _store.NewContext();
        db.Contacts.AddRange(_contacts);
        db.Referrals.AddRange(_referrals);
        await db.SaveChangesAsync();
    }
}
