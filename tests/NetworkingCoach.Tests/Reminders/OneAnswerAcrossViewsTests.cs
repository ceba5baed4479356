using NetworkingCoach.Contacts;
using NetworkingCoach.Demo;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Reminders;

public class OneAnswerAcrossViewsTests
{
    private static readonly HashSet<ReminderKind> s_coachKinds = [ReminderKind.Neglected, ReminderKind.ThankYou, ReminderKind.Referral];

    [Fact]
    public async Task The_contact_page_the_week_and_the_grid_agree_on_every_contact_of_the_demo_network()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Get<DemoDataService>().SeedAsync();
        var settings = store.Get<SettingsService>();
        var preferences = await settings.LoadAsync<PreferenceSettings>();
        preferences.WeeklyRenewLimit = 100;
        await settings.SaveAsync(preferences);
        var reminders = store.Get<ReminderService>();
        var coach = store.Get<CoachService>();

        // Some tick-offs and snoozes first, so the views have the user's choices to agree on.
        var first = await reminders.GetWeekAsync();
        foreach (var item in first.Items.Where(i => s_coachKinds.Contains(i.Kind)).Take(6).Select((item, n) => (item, n)))
        {
            if (item.n % 2 == 0)
            {
                await reminders.TickOffAsync(item.item);
            }
            else
            {
                await reminders.SnoozeAsync(item.item.Key, first.Today.AddDays(10));
            }
        }

        var week = await reminders.GetWeekAsync();
        var grid = (await store.Get<ContactService>().ListAsync(new ContactQuery { Take = 500 })).Items.ToDictionary(c => c.Id);
        var snapshot = await coach.GetSnapshotAsync();
        var weekKeys = week.Items.Where(i => s_coachKinds.Contains(i.Kind)).Select(i => i.Key).ToHashSet();
        var dueThisWeek = 0;
        foreach (var id in snapshot.Assessments.Keys)
        {
            var page = (await coach.AssessAsync(id))!;
            var pageKeys = page.Flags.Select(f => f.Key).ToHashSet();

            Assert.Equal(page.Flags.Select(f => f.RuleId).Distinct().Order(), grid[id].FlagRuleIds.Order());
            Assert.Subset(pageKeys, week.Items.Where(i => i.ContactId == id && s_coachKinds.Contains(i.Kind)).Select(i => i.Key).ToHashSet());
            var due = page.Flags.Where(f => f.DueOn <= week.Week.Sunday && ReminderKindOf(f.RuleId) is not null).ToList();
            dueThisWeek += due.Count;
            foreach (var flag in due.Where(f => ReminderKindOf(f.RuleId) != ReminderKind.Neglected))
            {
                Assert.Contains(flag.Key, weekKeys);
            }
        }

        // Relationships to renew are listed up to a cap; the rest are counted.
        var listed = week.Groups.Where(g => s_coachKinds.Contains(g.Kind)).Sum(g => g.Count + g.Hidden);
        Assert.Equal(dueThisWeek, listed);
    }

    private static ReminderKind? ReminderKindOf(string ruleId) => ruleId switch
    {
        "neglected-relationship" => ReminderKind.Neglected,
        "thank-you-owed" => ReminderKind.ThankYou,
        "referral-follow-up" => ReminderKind.Referral,
        _ => null,
    };
}
