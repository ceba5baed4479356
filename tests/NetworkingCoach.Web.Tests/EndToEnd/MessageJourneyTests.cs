using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The coach stops a job ask to a dormant tie and lets an advice request to a strong tie through.</summary>
[Collection(EndToEndCollection.Name)]
public class MessageJourneyTests
{
    [Fact]
    public async Task A_job_ask_to_a_dormant_contact_is_blocked_and_an_advice_request_to_a_strong_tie_is_allowed()
    {
        using var data = new TempDirectory();
        var (dana, sam) = await SeededData.DormantAndStrongContactsAsync(data.Path);
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync($"/messages?contact={dana}");
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync("Quick question");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Do you know of any openings? Please pass on my resume.");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blocked — this message can't go out yet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("A job ask to Dana is blocked").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("mark.cue", new() { HasText = "pass on my resume" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as sent" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open in mail app" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use the advice request" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("messages-01-blocked-job-ask");

        await browser.GoToAsync($"/messages?contact={sam}");
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync("Your advice");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync(
            "Hi Sam, I'm exploring product roles and would value 20 minutes of your advice on how your team hires. I'm not asking for a job, just your perspective.");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Allowed — good to send" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("messages-02-allowed-advice-request");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as sent" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Marked as sent")).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { HasText = "Your advice" });
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("sent");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("allowed");
        await browser.ScreenshotAsync("messages-03-marked-as-sent");

        await browser.GoToAsync($"/contacts/{dana}");
        await Assertions.Expect(page.GetByText("dormant").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("messages-04-dormant-contact-page");
    }
}
