using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Demo;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Relationships;

/// <summary>Property: after any sequence of writes, the snapshot kept up to date contact by contact equals one computed cold.</summary>
public class IncrementalCoachingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Recomputing_only_touched_contacts_gives_the_same_answers_as_a_cold_run(int seed)
    {
        await using var store = await TestStore.CreateAsync();
        await SeedNetworkAsync(store, seed);
        var random = new Random(seed);
        var coach = store.Get<CoachService>();
        var previous = await coach.GetSnapshotAsync();

        for (var step = 0; step < 30; step++)
        {
            var ids = previous.Assessments.Keys.Order().ToList();
            var touched = await WriteSomethingAsync(store, random, ids, previous);
            var current = await coach.GetSnapshotAsync();
            var coldCoach = ActivatorUtilities.CreateInstance<CoachService>(store.Services);
            var cold = await coldCoach.GetSnapshotAsync();

            AssertSameAnswers(cold, current, $"seed {seed}, step {step}");
            if (step % 5 == 4)
            {
                // The dashboard and the week read the histories the snapshot keeps: they too match a cold start.
                await AssertSameViewsAsync(store, coach, coldCoach, $"seed {seed}, step {step}");
            }

            if (touched is { } contact)
            {
                // Anyone neither written to nor on the other side of the contact's referrals keeps the very same assessment.
                await using var db = await store.OpenAsync();
                var partners = db.Referrals.Where(r => r.ReferrerId == contact || r.ReferredId == contact)
                    .Select(r => r.ReferrerId == contact ? r.ReferredId : r.ReferrerId).ToHashSet();
                var untouched = ids.First(id => id != contact && !partners.Contains(id) && current.For(id) is not null);
                Assert.Same(previous.For(untouched), current.For(untouched));
            }

            previous = current;
        }
    }

    private static async Task SeedNetworkAsync(TestStore store, int seed)
    {
        var network = new DemoNetworkGenerator(store.Clock.UtcNow, seed).Generate(80);
        await using var db = await store.OpenAsync();
        db.Companies.AddRange(network.Companies);
        db.Tags.AddRange(network.Tags);
        db.Contacts.AddRange(network.Contacts);
        db.Referrals.AddRange(network.Referrals);
        await db.SaveChangesAsync();
    }

    /// <summary>One random write through the services; returns the one contact it touched when it was a touchpoint logged.</summary>
    private static async Task<int?> WriteSomethingAsync(TestStore store, Random random, List<int> ids, CoachSnapshot snapshot)
    {
        var contact = ids[random.Next(ids.Count)];
        switch (random.Next(7))
        {
            case 0:
            case 1:
                await store.Get<TouchpointService>().LogAsync(new TouchpointInput
                {
                    ContactId = contact,
                    OccurredAt = store.Clock.LocalNow.AddDays(-random.Next(0, 400)).AddMinutes(-random.Next(1, 600)),
                    Channel = (Channel)random.Next(Enum.GetValues<Channel>().Length),
                    Direction = (Direction)random.Next(Enum.GetValues<Direction>().Length),
                    Intent = TouchpointIntent.KeepInTouch,
                    Replied = random.Next(2) == 0,
                });
                return contact;
            case 2:
                await store.Get<ContactService>().SetArchivedAsync(contact, true);
                return null;
            case 3:
                try
                {
                    await store.Get<ReferralService>().AddAsync(new ReferralInput
                    {
                        ReferrerId = contact,
                        ReferredId = ids[random.Next(ids.Count)],
                        SuggestedOn = store.Clock.LocalToday.AddDays(-random.Next(0, 60)),
                    });
                }
                catch (Exception ex) when (ex is ValidationException or ReferralException)
                {
                    // The same pair twice or someone introduced to themselves: nothing written.
                }

                return null;
            case 4:
                if (OpenFlag(snapshot, random) is { } snooze)
                {
                    await store.Get<ReminderService>().SnoozeAsync(snooze.Key, store.Clock.LocalToday.AddDays(random.Next(1, 30)));
                }

                return null;
            case 5:
                var week = await store.Get<ReminderService>().GetWeekAsync();
                if (week.Items.Where(i => i.Kind != ReminderKind.Meeting).OrderBy(i => i.Key).Skip(random.Next(5)).FirstOrDefault() is { } item)
                {
                    await store.Get<ReminderService>().TickOffAsync(item);
                    if (random.Next(2) == 0)
                    {
                        await store.Get<ReminderService>().UndoTickOffAsync(item);
                    }
                }

                return null;
            default:
                await using (var db = await store.OpenAsync())
                {
                    var tag = db.Tags.OrderBy(t => t.Id).FirstOrDefault();
                    if (tag is not null)
                    {
                        tag.CadenceDays = random.Next(2) == 0 ? null : random.Next(20, 120);
                        await db.SaveChangesAsync();
                    }
                }

                return null;
        }
    }

    private static CoachingFlag? OpenFlag(CoachSnapshot snapshot, Random random)
    {
        var flags = snapshot.Assessments.Values.OrderBy(a => a.ContactId).SelectMany(a => a.Flags).Where(f => f.DueOn is not null).ToList();
        return flags.Count == 0 ? null : flags[random.Next(flags.Count)];
    }

    private static async Task AssertSameViewsAsync(TestStore store, CoachService kept, CoachService cold, string where)
    {
        static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
        // The kept view's week index has followed every write since it was built; the cold one starts from nothing.
        var views = new[] { kept, cold }.Select(coach => new
        {
            Reminders = coach == kept ? store.Get<ReminderService>() : ActivatorUtilities.CreateInstance<ReminderService>(store.Services, coach),
            Coach = coach,
        }).ToList();
        var dashboards = new List<string>();
        var weeks = new List<string>();
        foreach (var view in views)
        {
            var dashboard = ActivatorUtilities.CreateInstance<NetworkingCoach.Dashboard.DashboardService>(store.Services, view.Coach, view.Reminders);
            dashboards.Add(Json((await dashboard.GetAsync()) with { Took = TimeSpan.Zero }));
            var planner = await view.Reminders.CreatePlannerAsync();
            var firstPages = Enum.GetValues<ReminderKind>().ToDictionary(kind => kind, _ => 2);
            weeks.Add(Json((await view.Reminders.GetWeekAsync()).Groups) + Json((await view.Reminders.GetWeekAsync(planner.CurrentWeek.Next)).Groups)
                + Json((await view.Reminders.GetWeekAsync(null, firstPages)).Groups));
        }

        Assert.True(dashboards[0] == dashboards[1], $"{where}: the dashboard differs from a cold start");
        Assert.True(weeks[0] == weeks[1], $"{where}: the week differs from a cold start");
    }

    private static IEnumerable<TouchpointFact> InOrder(IEnumerable<TouchpointFact> touchpoints) => touchpoints.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id);

    private static void AssertSameAnswers(CoachSnapshot expected, CoachSnapshot actual, string where)
    {
        Assert.Equal(expected.Assessments.Keys.Order(), actual.Assessments.Keys.Order());
        Assert.Equal(expected.Histories.Keys.Order(), actual.Histories.Keys.Order());
        foreach (var (id, history) in expected.Histories)
        {
            var kept = actual.Histories[id];
            Assert.True(InOrder(history.Touchpoints).SequenceEqual(InOrder(kept.Touchpoints)), $"{where}: contact {id}'s touchpoints differ from a cold read");
            Assert.Equal(history.ReferralsGiven.OrderBy(r => r.Id), kept.ReferralsGiven.OrderBy(r => r.Id));
            Assert.Equal(history.ReferralsReceived.OrderBy(r => r.Id), kept.ReferralsReceived.OrderBy(r => r.Id));
        }

        foreach (var (id, cold) in expected.Assessments)
        {
            var warm = actual.Assessments[id];
            Assert.True(cold.Tie.Score == warm.Tie.Score && cold.Tie.Tier == warm.Tie.Tier, $"{where}: contact {id} tie {warm.Tie.Score} ≠ cold {cold.Tie.Score}");
            Assert.Equal(cold.Tie.Reasons, warm.Tie.Reasons);
            Assert.Equal(Describe(cold.Flags), Describe(warm.Flags));
            Assert.Equal(Describe(cold.Snoozed), Describe(warm.Snoozed));
        }
    }

    private static List<string> Describe(IEnumerable<CoachingFlag> flags) =>
        flags.Select(f => $"{f.Key}|{f.Severity}|{f.DueOn}|{f.Message}").ToList();
}
