using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Monday morning: the dashboard at a glance, then this week's list, in the real app and a real browser.</summary>
[Collection(EndToEndCollection.Name)]
public class WeekJourneyTests
{
    [Fact]
    public async Task The_calendar_feed_address_from_settings_serves_a_calendar_until_it_is_replaced()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/settings");
        var address = page.GetByLabel("Calendar feed address", new() { Exact = true });
        var first = await address.InputValueAsync();
        Assert.Matches(@"/calendar/[A-Za-z0-9_-]{40,}\.ics$", first);
        var feed = await page.APIRequest.GetAsync(first);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("text/calendar", feed.Headers["content-type"]);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync());
        await address.ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("settings-calendar-feed");

        await page.GetByRole(AriaRole.Button, new() { Name = "New address" }).ClickAsync();
        await Assertions.Expect(address).Not.ToHaveValueAsync(first);
        Assert.Equal(404, (await page.APIRequest.GetAsync(first)).Status);
        Assert.Equal(200, (await page.APIRequest.GetAsync(await address.InputValueAsync())).Status);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task The_empty_dashboard_offers_demo_data_that_fills_its_charts_and_on_the_week_a_ticked_off_and_a_snoozed_item_stay_done_after_a_reload_and_a_restart()
    {
        using var data = new TempDirectory();
        string ticked, snoozed;
        await using (var app = await AppProcess.StartAsync(data.Path))
        await using (var browser = await BrowserSession.StartAsync(app.BaseUrl))
        {
            var page = browser.Page;
            await browser.GoToAsync("/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your network starts here" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import contacts" })).ToBeVisibleAsync();
            await browser.ScreenshotAsync("dashboard-empty");

            await page.GetByRole(AriaRole.Button, new() { Name = "Load demo network" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Needs attention" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByText("Demo network loaded")).ToBeHiddenAsync(new() { Timeout = 15_000 });

            foreach (var chart in new[] { "Ties by strength", "Touchpoints per week, by channel", "Names gained per month", "Give / ask balance, per week" })
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = chart })).ToBeVisibleAsync();
            }

            Assert.Empty(await PageLayout.ChartProblemsAsync(page));
            Assert.Equal(4, await page.Locator(".chart-card:has(svg)").CountAsync());
            var rows = page.Locator(".attention-list > li");
            Assert.InRange(await rows.CountAsync(), 1, 15);
            await Assertions.Expect(rows.First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Draft a message to") })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Active contacts")).ToBeVisibleAsync();
            await browser.ScreenshotAsync("dashboard-demo-network");

            // Then to this week's list, from the navigation.
            await page.GetByRole(AriaRole.Link, new() { Name = "This week", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This week", Exact = true })).ToBeVisibleAsync();
            var items = page.Locator(".week-item[data-key]");
            await Assertions.Expect(items.First).ToBeVisibleAsync();
            var before = await items.CountAsync();
            Assert.True(before >= 2, "the demo network should leave at least two things to do this week");
            await browser.ScreenshotAsync("week-this-week");

            ticked = (await items.Nth(0).GetAttributeAsync("data-key"))!;
            await TickOffAsync(items.Nth(0));
            await Assertions.Expect(page.Locator($".week-item[data-key='{ticked}']")).ToHaveCountAsync(0);

            snoozed = (await items.Nth(0).GetAttributeAsync("data-key"))!;
            await items.Nth(0).GetByRole(AriaRole.Button, new() { NameRegex = new("^Snooze") }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "1 week" }).ClickAsync();
            await Assertions.Expect(page.Locator($".week-item[data-key='{snoozed}']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "snoozed" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

            await browser.GoToAsync("/week");
            await Assertions.Expect(items.First).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator($".week-item[data-key='{ticked}'], .week-item[data-key='{snoozed}']").CountAsync());
            await browser.ScreenshotAsync("week-after-tick-off-and-snooze");

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).First).ToBeHiddenAsync();
            await browser.ScreenshotAsync("week-print");

            // Printed, the list flows over several pages instead of being cut at the first.
            var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
            Assert.True(System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count > 1, "the printed week should run over more than one page");
            await page.EmulateMediaAsync(new() { Media = Media.Screen });

            await page.GetByRole(AriaRole.Button, new() { Name = "Next week" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coming week" })).ToBeVisibleAsync();
            Assert.Matches(@"/week/\d{4}-W\d{2}$", page.Url);
            await browser.ScreenshotAsync("week-next-week");
            browser.AssertNoConsoleErrorsOrCspViolations();
        }

        await using (var app = await AppProcess.StartAsync(data.Path))
        await using (var browser = await BrowserSession.StartAsync(app.BaseUrl))
        {
            await browser.GoToAsync("/week");
            await Assertions.Expect(browser.Page.Locator(".week-item[data-key]").First).ToBeVisibleAsync();
            Assert.Equal(0, await browser.Page.Locator($".week-item[data-key='{ticked}'], .week-item[data-key='{snoozed}']").CountAsync());
            browser.AssertNoConsoleErrorsOrCspViolations();
        }
    }

    [Fact]
    public async Task Ticking_off_asks_how_it_happened_undo_brings_it_back_and_a_snoozed_item_waits_in_next_week()
    {
        using var data = new TempDirectory();
        await SeededData.DemoNetworkAsync(data.Path);
        await using var app = await AppProcess.StartAsync(data.Path);
        await using (var browser = await BrowserSession.StartAsync(app.BaseUrl))
        {
            var page = browser.Page;
            await browser.GoToAsync("/week");

            // A group lists ten at first; the rest come a page at a time, from the keyboard too, and the keyboard moves on to them.
            var showMore = page.GetByRole(AriaRole.Button, new() { NameRegex = new(@"^Show \d+ more: ") }).First;
            await Assertions.Expect(showMore).ToBeVisibleAsync();
            var label = (await showMore.GetAttributeAsync("aria-label"))!;
            var group = page.GetByRole(AriaRole.Region, new() { Name = label[(label.IndexOf(": ", StringComparison.Ordinal) + 2)..], Exact = true });
            var listed = group.Locator(".week-item[data-key]");
            Assert.Equal(10, await listed.CountAsync());
            await Assertions.Expect(group.GetByText("Showing 10 of ")).ToBeVisibleAsync();
            await showMore.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(listed.Nth(10)).ToBeFocusedAsync();
            Assert.True(await listed.CountAsync() > 10, "Show more lists the next items");
            await browser.ScreenshotAsync("week-show-more");

            var renew = page.GetByRole(AriaRole.Region, new() { Name = "Relationships to renew" });
            var item = renew.Locator(".week-item[data-key]").First;
            await Assertions.Expect(item).ToBeVisibleAsync();
            var key = (await item.GetAttributeAsync("data-key"))!;
            var name = (await item.Locator(".week-item-name").InnerTextAsync()).Trim();
            var sameItem = page.Locator($".week-item[data-key='{key}']");

            // Tick off asks how it happened, starting from the channel last used with them; the keyboard lands on the confirm button.
            await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).ClickAsync();
            var how = item.GetByRole(AriaRole.Group, new() { Name = $"How did you follow up with {name}?" });
            await Assertions.Expect(how).ToBeVisibleAsync();
            await Assertions.Expect(how.GetByRole(AriaRole.Radio, new() { Checked = true })).ToHaveCountAsync(1);
            await Assertions.Expect(how.GetByRole(AriaRole.Button, new() { Name = "Log it and tick off" })).ToBeFocusedAsync();
            await how.GetByRole(AriaRole.Radio, new() { Name = "Phone", Exact = true }).CheckAsync();
            await how.GetByRole(AriaRole.Button, new() { Name = "Log it and tick off" }).ClickAsync();

            await Assertions.Expect(sameItem).ToHaveCountAsync(0);
            var done = renew.GetByRole(AriaRole.Status);
            await Assertions.Expect(done).ToContainTextAsync($"Ticked off {name}, logged as Phone.");
            var undo = done.GetByRole(AriaRole.Button, new() { Name = $"Undo ticking off {name}" });
            await Assertions.Expect(undo).ToBeFocusedAsync();

            // Undo from the keyboard: the phone call logged is taken back and the item is open again.
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(sameItem).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = $"Undone: {name} is back on the list." })).ToBeVisibleAsync();
            await Assertions.Expect(done).ToHaveCountAsync(0);

            // Snoozed for a week: gone from this week, listed (first, marked) in the week it comes back.
            await sameItem.GetByRole(AriaRole.Button, new() { Name = $"Snooze {name}" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "1 week" }).ClickAsync();
            await Assertions.Expect(sameItem).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Button, new() { Name = "Next week" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coming week" })).ToBeVisibleAsync();
            await Assertions.Expect(sameItem).ToHaveCountAsync(1);
            await Assertions.Expect(sameItem.GetByText("back from snooze")).ToBeVisibleAsync();
            await browser.ScreenshotAsync("week-next-week-back-from-snooze");
            await page.GetByRole(AriaRole.Button, new() { Name = "Previous week" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This week", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(sameItem).ToHaveCountAsync(0);
            browser.AssertNoConsoleErrorsOrCspViolations();
        }

        // The tick-off question and the undo row, in each theme and at each size (the week itself is checked in all four looks).
        foreach (var look in BrowserOptions.EachThemeAndSize())
        {
            await using var browser = await BrowserSession.StartAsync(app.BaseUrl, look);
            var page = browser.Page;
            await browser.GoToAsync("/week");
            var item = page.Locator(".week-item[data-key]").First;
            await Assertions.Expect(item).ToBeVisibleAsync();
            var key = (await item.GetAttributeAsync("data-key"))!;
            await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).ClickAsync();
            await Assertions.Expect(item.GetByRole(AriaRole.Button, new() { Name = "Log it and tick off" })).ToBeFocusedAsync();
            Assert.False(await browser.ScrollsSidewaysAsync(), $"the tick-off question scrolls sideways ({look})");
            await browser.AssertAllTextReadableAsync("the tick-off question");
            await browser.ScreenshotAsync("week-tick-off-how");

            await page.Keyboard.PressAsync("Enter");
            var undo = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Undo ticking off") });
            await Assertions.Expect(undo).ToBeFocusedAsync();
            Assert.False(await browser.ScrollsSidewaysAsync(), $"the undo row scrolls sideways ({look})");
            await browser.AssertAllTextReadableAsync("the undo row");
            await browser.ScreenshotAsync("week-ticked-off-undo");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator($".week-item[data-key='{key}']")).ToHaveCountAsync(1);
            browser.AssertNoConsoleErrorsOrCspViolations();
        }
    }

    /// <summary>Ticks an item off with the channel the page offers first.</summary>
    private static async Task TickOffAsync(ILocator item)
    {
        await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).ClickAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Log it and tick off" }).ClickAsync();
    }
}
