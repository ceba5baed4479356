using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>A relationship's history: a call, a meeting that yields two names, and the introductions that follow.</summary>
[Collection(EndToEndCollection.Name)]
public class HistoryJourneyTests
{
    [Fact]
    public async Task Phone_call_then_meeting_with_two_names_gained_shows_introductions_the_referral_graph_and_bulk_actions_on_them()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/contacts/new");
        await page.GetByLabel("Name *", new() { Exact = true }).FillAsync("Maya Thompson");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Bluefin Health");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maya Thompson" })).ToBeVisibleAsync();
        var history = page.Locator(".timeline-card");

        // A phone call; the form opens with the cursor in its first field and, on Enter, refuses to save without a channel.
        await history.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByText("Log a touchpoint")).ToBeVisibleAsync();
        await browser.WaitForDialogFocusAsync();
        var when = dialog.GetByLabel("When *", new() { Exact = true });
        await Assertions.Expect(when).ToBeFocusedAsync();
        await dialog.GetByLabel("Summary", new() { Exact = true }).FillAsync("Caught up about her move to the data platform team.");
        await when.PressAsync("Enter");
        await Assertions.Expect(dialog.GetByText("Choose how it happened.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync("Caught up about her move to the data platform team.");
        await browser.ScreenshotAsync("history-01-touchpoint-needs-channel");
        await ChooseAsync(page, dialog.Locator(".channel-picker"), "Phone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(history.GetByText("· Phone · I reached out")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("1 touchpoint", new() { Exact = true })).ToBeVisibleAsync();

        // A meeting with purpose, agenda and two names gained.
        await history.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Record a meeting")).ToBeVisibleAsync();
        await browser.WaitForDialogFocusAsync();
        await dialog.GetByLabel("Purpose *", new() { Exact = true }).FillAsync("Learn how data teams in health tech hire");
        await dialog.GetByLabel("Agenda (one point per line)", new() { Exact = true }).FillAsync("Her path into data engineering\n  \nTeams worth knowing\nWho else to talk to");
        await dialog.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Two names and an invitation to their meetup.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a name" }).ClickAsync();
        await Assertions.Expect(dialog.GetByLabel("Name 1", new() { Exact = true })).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add a name" }).ClickAsync();
        await Assertions.Expect(dialog.GetByLabel("Name 2", new() { Exact = true })).ToBeVisibleAsync();
        await dialog.GetByLabel("Name 1", new() { Exact = true }).FillAsync("Jonas Berg");
        await dialog.GetByLabel("Email 1", new() { Exact = true }).FillAsync("jonas.berg@orbit.example");
        await dialog.GetByLabel("Name 2", new() { Exact = true }).FillAsync("Aiko Tanaka");
        await dialog.GetByLabel("LinkedIn 2", new() { Exact = true }).FillAsync("https://www.linkedin.com/in/aiko-tanaka");
        await browser.ScreenshotAsync("history-02-meeting-form");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(history.GetByText("Names gained (2 of 2):")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.List, new() { Name = "Agenda" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        var introductions = page.Locator(".referrals-card");
        await Assertions.Expect(introductions.GetByText("Names they gave you (2)")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("history-03-contact-timeline");

        // Both new people know who introduced them.
        foreach (var name in new[] { "Jonas Berg", "Aiko Tanaka" })
        {
            await history.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".introduced-by")).ToContainTextAsync("Introduced by Maya Thompson");
            await Assertions.Expect(page.Locator(".referrals-card").GetByText("Suggested", new() { Exact = true })).ToBeVisibleAsync();
            if (name == "Jonas Berg")
            {
                await page.Locator(".referrals-card").GetByRole(AriaRole.Button, new() { Name = "Mark contacted: Maya Thompson introducing Jonas Berg" }).ClickAsync();
                await Assertions.Expect(page.Locator(".referrals-card").GetByText("Contacted", new() { Exact = true })).ToBeVisibleAsync();
                await browser.ScreenshotAsync("history-04-introduced-contact");
            }

            await page.GoBackAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maya Thompson" })).ToBeVisibleAsync();
        }

        // The referral graph, reached from the navigation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Introductions" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/referrals$"));
        var graph = page.Locator("svg.referral-graph");
        foreach (var name in new[] { "Maya Thompson", "Jonas Berg", "Aiko Tanaka" })
        {
            await Assertions.Expect(graph.Locator($"a[aria-label='{name}']")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.GetByText("1 of 1 meetings reached the goal.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Top door-openers" })).ToContainTextAsync("Maya Thompson — 2 names");
        await browser.ScreenshotAsync("history-05-referral-graph");

        await graph.Locator("a[aria-label='Aiko Tanaka']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aiko Tanaka" })).ToBeVisibleAsync();

        // The quick-add shortcut opens the dialog with a contact picker from anywhere.
        await page.Locator("body").PressAsync("l");
        await Assertions.Expect(dialog.GetByText("Log a touchpoint")).ToBeVisibleAsync();
        await browser.WaitForDialogFocusAsync();
        await Assertions.Expect(dialog.GetByLabel("With", new() { Exact = true })).ToBeFocusedAsync();
        await browser.ScreenshotAsync("history-06-quick-add");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // Bulk actions on the two new people: tag them, then delete them with a counted confirmation.
        await browser.GoToAsync("/contacts");
        foreach (var name in new[] { "Jonas Berg", "Aiko Tanaka" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}" }).CheckAsync();
        }

        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Bulk actions" });
        await Assertions.Expect(toolbar.GetByText("2 selected")).ToBeVisibleAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Enter a tag.")).ToBeVisibleAsync();
        await dialog.GetByLabel("Tag", new() { Exact = true }).FillAsync("health tech");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await Assertions.Expect(ContactRow(page, "Jonas Berg").GetByText("health tech")).ToBeVisibleAsync();
        await Assertions.Expect(ContactRow(page, "Aiko Tanaka").GetByText("health tech")).ToBeVisibleAsync();
        await Assertions.Expect(ContactRow(page, "Maya Thompson").GetByText("health tech")).ToHaveCountAsync(0);

        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Delete 2 contacts for good? This also deletes 0 touchpoints, 2 introductions and 0 messages.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("history-07-bulk-delete");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete 2 contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Edit ") }) })).ToHaveCountAsync(1);
        await Assertions.Expect(ContactRow(page, "Maya Thompson")).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task A_touchpoint_with_someone_introduced_shows_in_their_history_while_the_app_asks_whether_the_introduction_moved_on()
    {
        using var data = new TempDirectory();
        var jonas = await SeededData.IntroducedContactAsync(data.Path, "Maya Thompson", "Jonas Berg");
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        await browser.GoToAsync($"/contacts/{jonas}");
        var history = page.Locator(".timeline-card");

        await history.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByText("Log a touchpoint")).ToBeVisibleAsync();
        await browser.WaitForDialogFocusAsync();
        await dialog.GetByLabel("Summary", new() { Exact = true }).FillAsync("First call, thanks to Maya.");
        await ChooseAsync(page, dialog.Locator(".channel-picker"), "Phone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();

        // The question waits for an answer; the history does not wait for it.
        var question = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Update the introduction?" });
        await Assertions.Expect(question).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("First call, thanks to Maya.")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("1 touchpoint", new() { Exact = true })).ToBeVisibleAsync();

        await question.GetByRole(AriaRole.Button, new() { Name = "Mark contacted" }).ClickAsync();
        await Assertions.Expect(question).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".referrals-card").GetByText("Contacted", new() { Exact = true })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    private static ILocator ContactRow(IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    private static async Task ChooseAsync(IPage page, ILocator dropdown, string option)
    {
        await dropdown.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
    }
}
