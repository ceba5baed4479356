using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The coach stops a job ask to a dormant tie and lets an advice request to a strong tie through.</summary>
[Collection(EndToEndCollection.Name)]
public class MessageJourneyTests(ReadOnlyApps apps)
{
    private const string JobAsk = "Do you know of any openings? Please pass on my resume.";

    [Fact]
    public async Task A_job_ask_to_a_dormant_contact_is_blocked_and_an_advice_request_to_a_strong_tie_is_allowed()
    {
        using var data = new TempDirectory();
        var (dana, sam) = await SeededData.DormantAndStrongContactsAsync(data.Path);
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync($"/messages?contact={dana}");
        await Assertions.Expect(page.GetByLabel("To", new() { Exact = true })).ToHaveValueAsync("Dana Whitfield (Harbor Logistics)");
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync("Quick question");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync(JobAsk);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blocked — this message can't go out yet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("A job ask to Dana is blocked").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("mark.cue", new() { HasText = "pass on my resume" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as sent" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open in mail app" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use the advice request" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("messages-blocked-job-ask");

        // Taking the coach's advice request replaces the draft and lets it go out.
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the advice request" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Message", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("not asking for a job"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^(Allowed|Warning)") })).ToBeVisibleAsync();

        await browser.GoToAsync($"/messages?contact={sam}");
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync("Your advice");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync(
            "Hi Sam, I'm exploring product roles and would value 20 minutes of your advice on how your team hires. I'm not asking for a job, just your perspective.");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Allowed — good to send" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("messages-allowed-advice-request");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as sent" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Marked as sent")).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { HasText = "Your advice" });
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("sent");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("allowed");
        await Assertions.Expect(page.GetByLabel("Message", new() { Exact = true })).ToHaveValueAsync("");
        await browser.ScreenshotAsync("messages-marked-as-sent");

        await browser.GoToAsync($"/contacts/{dana}");
        await Assertions.Expect(page.GetByText("dormant").First).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task The_blocked_verdict_reads_clearly_in_the_dark_theme_on_a_desktop_and_a_phone()
    {
        var (app, (dana, _)) = await apps.DormantAndStrongAsync();

        foreach (var look in BrowserOptions.EveryLook())
        {
            await using var browser = await BrowserSession.StartAsync(app.BaseUrl, look);
            var page = browser.Page;

            await browser.GoToAsync($"/messages?contact={dana}");
            await page.GetByLabel("Message", new() { Exact = true }).FillAsync(JobAsk);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blocked — this message can't go out yet" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What the coach read" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use the reconnecting note" })).ToBeVisibleAsync();
            // Blur the box so its focus ring is not what the contrast check measures.
            await page.GetByRole(AriaRole.Heading, new() { Name = "Messages", Exact = true }).ClickAsync();
            await browser.AssertAllTextReadableAsync("the blocked verdict");
            Assert.False(await browser.ScrollsSidewaysAsync(), $"the messages page scrolls sideways ({look})");
            // On a phone the verdict sits below the form: the picture shows it as the user scrolls down to read it.
            await page.GetByRole(AriaRole.Heading, new() { Name = "What the coach read" }).EvaluateAsync("heading => heading.scrollIntoView({ block: 'center' })");
            await browser.ScreenshotAsync("messages-blocked-verdict");
            browser.AssertNoConsoleErrorsOrCspViolations();
        }
    }

    [Fact]
    public async Task Every_character_typed_at_five_milliseconds_a_key_reaches_the_message_and_the_coach()
    {
        var (app, (dana, _)) = await apps.DormantAndStrongAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        var typed = FastTyping.Text("Hi Dana, I hope the new role is going well. Do you know of any openings on your team? Please pass on my resume. ");

        await browser.GoToAsync($"/messages?contact={dana}");
        var body = page.GetByLabel("Message", new() { Exact = true });
        await body.PressSequentiallyAsync(typed, new() { Delay = FastTyping.DelayMs });

        await Assertions.Expect(body).ToHaveValueAsync(typed);
        // The verdict quotes the whole text it judged, so the server holds every character too.
        await Assertions.Expect(page.Locator(".cue-preview")).ToHaveTextAsync(typed);
        await Assertions.Expect(body).ToHaveValueAsync(typed);

        // Bursts with rests about as long as the page's wait (400 ms): the coach reads and the page redraws while keys arrive.
        const string more = "Thanks again for the intro to Priya last spring; it turned into a great conversation about roles.";
        await FastTyping.TypeInBurstsAsync(body, more, pageWaitsMs: 400);
        await Assertions.Expect(page.Locator(".cue-preview")).ToHaveTextAsync(typed + more);
        await Assertions.Expect(body).ToHaveValueAsync(typed + more);

        // A write into the box from the page's script, as a render that raced the keys would make, leaves it as typed.
        await body.EvaluateAsync("box => box.value = 'Hi Dana'");
        await Assertions.Expect(body).ToHaveValueAsync(typed + more);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task Every_character_typed_at_five_milliseconds_a_key_stays_in_the_contacts_search()
    {
        var (app, _) = await apps.DormantAndStrongAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        var typed = FastTyping.Text("Brightwater Foods and Partners, Harbor Logistics, Orbit Software ");

        await browser.GoToAsync("/contacts");
        var search = page.GetByLabel("Search name, company or email", new() { Exact = true });
        await search.PressSequentiallyAsync(typed, new() { Delay = FastTyping.DelayMs });

        await Assertions.Expect(search).ToHaveValueAsync(typed);
        // Once the grid has answered the search (nobody matches), the box still holds every character.
        await Assertions.Expect(page.GetByText("Dana Whitfield")).ToHaveCountAsync(0);
        await Assertions.Expect(search).ToHaveValueAsync(typed);

        // A new search typed in bursts, resting about as long as the search waits (300 ms), so the grid reloads among the keys.
        const string again = "Whitfield Harbor Logistics Dana Whitfield Harbor";
        await search.FillAsync("");
        await FastTyping.TypeInBurstsAsync(search, again, pageWaitsMs: 300);
        await Assertions.Expect(search).ToHaveValueAsync(again);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dana Whitfield", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(search).ToHaveValueAsync(again);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task Every_character_typed_at_five_milliseconds_a_key_stays_in_the_recipient_picker_and_a_choice_still_goes_in()
    {
        var (app, _) = await apps.DormantAndStrongAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        var typed = FastTyping.Text("Brightwater Foods and Partners, Orbit Software ");

        await browser.GoToAsync("/messages");
        var to = page.GetByLabel("To", new() { Exact = true });
        await to.PressSequentiallyAsync(typed, new() { Delay = FastTyping.DelayMs });
        await Assertions.Expect(to).ToHaveValueAsync(typed);
        // Once the picker has answered the search (nobody matches), the box still holds every character.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Dana Whitfield" })).ToHaveCountAsync(0);
        await Assertions.Expect(to).ToHaveValueAsync(typed);

        // The picker writes the chosen name into the box: that write is not mistaken for a late echo of the typing.
        await to.FillAsync("Dana");
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Dana Whitfield (Harbor Logistics)", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(to).ToHaveValueAsync("Dana Whitfield (Harbor Logistics)");
        // So does the clear button's empty box, after typing into it.
        await to.PressSequentiallyAsync("x", new() { Delay = FastTyping.DelayMs });
        await page.Locator(".mud-input-clear-button").First.ClickAsync();
        await Assertions.Expect(to).ToHaveValueAsync("");
        browser.AssertNoConsoleErrorsOrCspViolations();
    }
}
