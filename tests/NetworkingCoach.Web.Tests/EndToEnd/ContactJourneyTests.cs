using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>A new user's first session, in the real app and a real browser.</summary>
[Collection(EndToEndCollection.Name)]
public class ContactJourneyTests
{
    [Fact]
    public async Task New_user_loads_demo_data_searches_adds_fixes_an_email_edits_and_archives_a_contact()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your network starts here" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("contacts-01-empty");

        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo network" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Contacts 300 ·")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("contacts-02-demo-network");

        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("northwind");
        await Assertions.Expect(page.GetByText("Contacts 300 ·")).ToBeHiddenAsync();
        var companies = await page.Locator(".contacts-grid tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(companies);
        Assert.All(companies, company => Assert.Contains("Northwind", company));
        await browser.ScreenshotAsync("contacts-03-search");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New contact" })).ToBeVisibleAsync();
        await page.GetByLabel("Name *", new() { Exact = true }).FillAsync("Priya Raman");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Acme Robotics");
        await page.GetByLabel("Email 1", new() { Exact = true }).FillAsync("priya.raman@");
        await page.GetByLabel("Email 1", new() { Exact = true }).PressAsync("Tab");
        var emailError = page.GetByText("\"priya.raman@\" is not an email address");
        await Assertions.Expect(emailError).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/contacts/new$"));
        await browser.ScreenshotAsync("contacts-04-inline-email-error");

        await page.GetByLabel("Email 1", new() { Exact = true }).FillAsync("priya.raman@acme.example");
        await page.GetByLabel("Email 1", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(emailError).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/contacts/\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "priya.raman@acme.example" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("contacts-05-saved");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Head of Platform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Head of Platform · Acme Robotics")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("contacts-06-archived");

        await browser.GoToAsync("/contacts");
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("priya raman");
        await Assertions.Expect(page.GetByText("No contacts match")).ToBeVisibleAsync();
        await page.GetByText("Archived", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".contacts-grid tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dark_theme_chosen_in_one_visit_is_remembered_on_the_next()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/settings");
        await page.GetByText("Dark", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("link[href*='material-dark']")).ToHaveCountAsync(1);

        await browser.GoToAsync("/settings");
        await Assertions.Expect(page.Locator("link[href*='material-dark']")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("settings-dark");
        await page.GetByText("Keep-in-touch rhythm per tag").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("settings-dark-lower");
    }
}
