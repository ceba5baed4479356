using Bunit;
using MudBlazor;
using NetworkingCoach.Domain;
using NetworkingCoach.Reminders;
using NetworkingCoach.Web.Features.Week;

namespace NetworkingCoach.Web.Tests.Components;

public class WeekItemTests
{
    private static readonly DateOnly s_today = new(2026, 11, 30);

    private static ReminderItem FollowUp(DateOnly dueOn) => new()
    {
        Key = "follow-up:3:12:",
        Kind = ReminderKind.FollowUp,
        ContactId = 3,
        ContactName = "Priya Raman",
        Detail = "Follow up on the coffee chat",
        NextStep = "Send the article you promised",
        DueOn = dueOn,
    };

    [Fact]
    public async Task A_follow_up_past_its_day_says_since_when_it_is_overdue()
    {
        await using var context = RenderedMarkup.Live();

        var item = context.Render<WeekItem>(p => p.Add(x => x.Item, FollowUp(new DateOnly(2026, 11, 24))).Add(x => x.Today, s_today));

        Assert.Equal("overdue since Tue 24 Nov", item.Find(".week-item-when").TextContent);
        Assert.Equal("Priya Raman", item.Find(".week-item-name").TextContent.Trim());
        Assert.Contains("Send the article you promised", item.Markup);
    }

    [Fact]
    public async Task Before_the_page_is_live_the_snooze_menu_looks_as_it_does_once_live()
    {
        await using var live = RenderedMarkup.Live();
        await using var first = RenderedMarkup.Static();
        var item = FollowUp(s_today);

        var once = live.Render<WeekItem>(p => p.Add(x => x.Item, item).Add(x => x.Today, s_today)).Find(".mud-menu").OuterHtml;
        var before = first.Render<WeekItem>(p => p.Add(x => x.Item, item).Add(x => x.Today, s_today)).Find(".mud-menu").OuterHtml;

        Assert.Contains("aria-label=\"Snooze Priya Raman\"", once);
        RenderedMarkup.Shown(before).MarkupMatches(RenderedMarkup.Shown(once));
    }

    [Fact]
    public async Task A_meeting_shows_its_local_time_and_whether_it_has_a_purpose_and_an_agenda()
    {
        await using var context = RenderedMarkup.Live();
        var meeting = FollowUp(s_today) with
        {
            Key = "meeting:3:14:",
            Kind = ReminderKind.Meeting,
            StartsAtUtc = new DateTime(2026, 12, 2, 9, 30, 0, DateTimeKind.Utc),
            HasPurpose = true,
            HasAgenda = false,
        };

        var item = context.Render<WeekItem>(p => p
            .Add(x => x.Item, meeting)
            .Add(x => x.Today, s_today)
            .Add(x => x.Zone, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

        Assert.Equal("Wed 2 Dec, 10:30", item.Find(".week-item-when").TextContent);
        var checks = item.FindAll(".week-item-checks .mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["purpose ✓", "no agenda"], checks);
        Assert.Equal("Mark as prepared", item.Find("button[aria-label^='Tick off']").GetAttribute("title"));
    }

    [Fact]
    public async Task Ticking_off_asks_how_it_happened_starting_from_the_last_channel_and_hands_the_choice_to_the_page()
    {
        await using var context = RenderedMarkup.Live();
        var ticked = new List<Channel?>();

        var item = context.Render<WeekItem>(p => p
            .Add(x => x.Item, FollowUp(s_today))
            .Add(x => x.Today, s_today)
            .Add(x => x.GroupTitle, "Follow-ups")
            .Add(x => x.DefaultChannel, _ => Task.FromResult(Channel.Phone))
            .Add(x => x.OnTickOff, (Channel? c) => ticked.Add(c)));
        var button = item.Find("button[aria-label^='Tick off']");
        Assert.Equal("Tick off Priya Raman: Follow-ups", button.GetAttribute("aria-label"));
        button.Click();

        item.WaitForAssertion(() => Assert.Contains("How did you follow up with Priya Raman?", item.Markup));
        Assert.Empty(ticked);
        var offered = item.FindAll("label.mud-radio").Where(l => l.QuerySelector("input")!.HasAttribute("checked")).Select(l => l.TextContent.Trim());
        Assert.Equal(["Phone"], offered);
        item.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == "LinkedIn").QuerySelector("input")!.Click();
        item.FindAll("button").Single(b => b.TextContent.Trim() == "Log it and tick off").Click();

        item.WaitForAssertion(() => Assert.Equal([Channel.LinkedIn], ticked));
        Assert.DoesNotContain("How did you follow up", item.Markup);
    }

    [Fact]
    public async Task A_meeting_is_ticked_off_at_once_without_asking_for_a_channel()
    {
        await using var context = RenderedMarkup.Live();
        var ticked = new List<Channel?>();
        var meeting = FollowUp(s_today) with { Key = "meeting:3:14:", Kind = ReminderKind.Meeting, StartsAtUtc = new DateTime(2026, 12, 2, 9, 30, 0, DateTimeKind.Utc) };

        var item = context.Render<WeekItem>(p => p
            .Add(x => x.Item, meeting)
            .Add(x => x.Today, s_today)
            .Add(x => x.OnTickOff, (Channel? c) => ticked.Add(c)));
        item.Find("button[aria-label^='Tick off']").Click();

        item.WaitForAssertion(() => Assert.Equal([(Channel?)null], ticked));
        Assert.DoesNotContain("How did you follow up", item.Markup);
    }

    [Fact]
    public async Task A_snooze_date_the_page_refuses_keeps_the_date_open_with_the_reason()
    {
        await using var context = RenderedMarkup.Live();
        var popovers = context.Render<MudPopoverProvider>();
        var asked = new List<DateOnly>();

        var item = context.Render<WeekItem>(p => p
            .Add(x => x.Item, FollowUp(s_today))
            .Add(x => x.Today, s_today)
            .Add(x => x.SnoozeUntil, until =>
            {
                asked.Add(until);
                return Task.FromResult<string?>("Snooze for at most two years.");
            }));
        item.Find("button[aria-label='Snooze Priya Raman']").Click();
        popovers.WaitForAssertion(() => Assert.Contains("Until a date…", popovers.Markup));
        popovers.FindAll(".mud-menu-item").Single(m => m.TextContent.Contains("Until a date…")).Click();
        item.Find("input[type=date]").Change(s_today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        item.FindAll("button").Single(b => b.TextContent.Trim() == "Snooze until then").Click();

        item.WaitForAssertion(() =>
        {
            Assert.Equal([s_today.AddDays(3)], asked);
            Assert.Contains("Snooze for at most two years.", item.Markup);
            Assert.NotEmpty(item.FindAll("input[type=date]"));
        });
    }
}
