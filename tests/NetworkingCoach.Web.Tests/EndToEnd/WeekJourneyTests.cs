using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Monday morning: the dashboard at a glance, then this week's list, in the real app and a real browser.</summary>
[Collection(EndToEndCollection.Name)]
public class WeekJourneyTests
{
    [Fact]
    public async Task Dashboard_offers_demo_data_when_empty_then_shows_the_charts_and_who_needs_attention()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
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

        await Assertions.Expect(page.Locator(".chart-card svg path").First).ToBeVisibleAsync();
        Assert.Equal(4, await page.Locator(".chart-card:has(svg)").CountAsync());
        await AssertChartsFitTheirCardsAsync(page);
        var rows = page.Locator(".attention-list > li");
        Assert.InRange(await rows.CountAsync(), 1, 15);
        await Assertions.Expect(rows.First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Draft a message to") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Active contacts")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard-demo-network");
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task On_a_phone_the_dashboard_charts_and_the_week_items_fit_the_screen_in_both_themes()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using (var seeding = await BrowserSession.StartAsync(app.BaseUrl))
        {
            await seeding.GoToAsync("/");
            await seeding.Page.GetByRole(AriaRole.Button, new() { Name = "Load demo network" }).ClickAsync();
            await Assertions.Expect(seeding.Page.GetByRole(AriaRole.Heading, new() { Name = "Needs attention" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            seeding.AssertNoConsoleErrorsOrCspViolations();
        }

        foreach (var look in BrowserOptions.EveryLook())
        {
            await using var browser = await BrowserSession.StartAsync(app.BaseUrl, look);
            var page = browser.Page;

            await browser.GoToAsync("/");
            await Assertions.Expect(page.Locator(".chart-card svg path").First).ToBeVisibleAsync();
            await AssertChartsFitTheirCardsAsync(page);
            Assert.False(await browser.ScrollsSidewaysAsync(), $"the dashboard scrolls sideways ({look})");
            await browser.AssertAllTextReadableAsync("the dashboard");
            await browser.ScreenshotAsync("dashboard");

            await browser.GoToAsync("/week");
            var first = page.Locator(".week-item").First;
            await Assertions.Expect(first).ToBeVisibleAsync();
            Assert.False(await browser.ScrollsSidewaysAsync(), $"the week page scrolls sideways ({look})");
            var name = await first.Locator(".week-item-name").BoundingBoxAsync();
            var tickOff = await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).BoundingBoxAsync();
            Assert.True(name!.Width > 40, $"the contact's name is squeezed to {name.Width}px ({look})");
            Assert.False(Overlap(name, tickOff!), $"the Tick off button covers the name ({look})");
            if (look.Screen.IsPhone)
            {
                Assert.True(tickOff!.Y >= name.Y + name.Height, "on a phone the actions sit below the text");
            }

            await browser.AssertAllTextReadableAsync("the week page");
            await browser.ScreenshotAsync("week");
            browser.AssertNoConsoleErrorsOrCspViolations();
        }
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>Every chart lies within its card: nothing spills over the edge at this screen size.</summary>
    private static async Task AssertChartsFitTheirCardsAsync(IPage page)
    {
        var spills = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.chart-card')].flatMap(card => {
                const box = card.getBoundingClientRect();
                return [...card.querySelectorAll('svg')].filter(svg => {
                    const r = svg.getBoundingClientRect();
                    return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
                }).map(() => card.getAttribute('aria-label'));
            })
            """);
        Assert.True(spills.Length == 0, "charts spill out of their cards: " + string.Join(", ", spills));
    }

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
    public async Task On_the_week_page_a_ticked_off_and_a_snoozed_item_stay_done_after_a_reload_and_a_restart()
    {
        using var data = new TempDirectory();
        string ticked, snoozed;
        await using (var app = await AppProcess.StartAsync(data.Path))
        await using (var browser = await BrowserSession.StartAsync(app.BaseUrl))
        {
            var page = browser.Page;
            await browser.GoToAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Load demo network" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Needs attention" })).ToBeVisibleAsync(new() { Timeout = 60_000 });

            await page.GetByRole(AriaRole.Link, new() { Name = "This week", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This week", Exact = true })).ToBeVisibleAsync();
            var items = page.Locator(".week-item");
            await Assertions.Expect(items.First).ToBeVisibleAsync();
            var before = await items.CountAsync();
            Assert.True(before >= 2, "the demo network should leave at least two things to do this week");
            await browser.ScreenshotAsync("week-this-week");

            ticked = (await items.Nth(0).GetAttributeAsync("data-key"))!;
            await items.Nth(0).GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).ClickAsync();
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
            await Assertions.Expect(browser.Page.Locator(".week-item").First).ToBeVisibleAsync();
            Assert.Equal(0, await browser.Page.Locator($".week-item[data-key='{ticked}'], .week-item[data-key='{snoozed}']").CountAsync());
            browser.AssertNoConsoleErrorsOrCspViolations();
        }
    }
}
