using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>A new user's first session, in the real app and a real browser.</summary>
[Collection(EndToEndCollection.Name)]
public class ContactJourneyTests(ReadOnlyApps apps)
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
        await Assertions.Expect(page.GetByText("300 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("contacts-02-demo-network");

        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("northwind");
        await Assertions.Expect(FewerThanAllShown(page)).ToBeVisibleAsync();
        var shown = await ContactRows(page).AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, row => Assert.Contains("Northwind", row));
        await browser.ScreenshotAsync("contacts-03-search");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add contact", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New contact" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Name *", new() { Exact = true })).ToBeFocusedAsync();
        await page.GetByLabel("Name *", new() { Exact = true }).FillAsync("Priya Raman");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Acme Robotics");
        await page.GetByLabel("Email 1", new() { Exact = true }).FillAsync("priya.raman@");
        await page.GetByLabel("Email 1", new() { Exact = true }).PressAsync("Tab");
        var emailError = page.GetByText("\"priya.raman@\" is not an email address");
        await Assertions.Expect(emailError).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/contacts/new$"));
        await Assertions.Expect(page.GetByLabel("Name *", new() { Exact = true })).ToHaveValueAsync("Priya Raman");
        await browser.ScreenshotAsync("contacts-04-inline-email-error");

        await page.GetByLabel("Email 1", new() { Exact = true }).FillAsync("priya.raman@acme.example");
        await page.GetByLabel("Email 1", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(emailError).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/contacts/\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "priya.raman@acme.example" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("contacts-05-saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Head of Platform");
        await page.GetByLabel("Title", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(page.GetByText("Head of Platform · Acme Robotics")).ToBeVisibleAsync();
        // The form's first-field focus must not pull a field the user clicked straight away over to Name.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Priya Raman", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("contacts-06-archived");

        await browser.GoToAsync("/contacts");
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("priya raman");
        await Assertions.Expect(page.GetByText("No contacts match")).ToBeVisibleAsync();
        await page.GetByText("Archived", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(ContactRows(page)).ToHaveCountAsync(1);
        await Assertions.Expect(ContactRows(page).GetByRole(AriaRole.Link, new() { Name = "Priya Raman", Exact = true })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task Contacts_filtered_by_tie_from_the_address_show_only_that_tier()
    {
        var (app, _) = await apps.DemoNetworkAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/contacts?tier=strong");
        await Assertions.Expect(FewerThanAllShown(page)).ToBeVisibleAsync();
        var shown = await ContactRows(page).AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, row => Assert.Contains("Strong", row));

        // Sorting by tie asks the store: weakest first, then strongest first.
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("300 contacts shown")).ToBeVisibleAsync();
        var tie = page.GetByRole(AriaRole.Columnheader).Locator(".sortable-column-header", new() { HasTextRegex = new Regex("^Tie$") });
        await tie.ClickAsync();
        await Assertions.Expect(ContactRows(page).First).ToContainTextAsync(new Regex("dormant", RegexOptions.IgnoreCase));
        await tie.ClickAsync();
        await Assertions.Expect(ContactRows(page).First).ToContainTextAsync(new Regex("strong", RegexOptions.IgnoreCase));
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    /// <summary>The grid's count once a search or filter has narrowed the 300 demo contacts.</summary>
    private static ILocator FewerThanAllShown(IPage page) => page.GetByText(new Regex("^([1-9]|[1-9][0-9]|[12][0-9][0-9]) contacts? shown$"));

    /// <summary>The grid's rows that show a contact (each links to the contact's page).</summary>
    private static ILocator ContactRows(IPage page) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Edit ") }) });

    [Fact]
    public async Task Dark_theme_chosen_in_one_visit_is_remembered_on_the_next()
    {
        var app = await apps.EmptyAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.Locator("html[data-theme=light]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the dark theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("html[data-theme=dark]")).ToHaveCountAsync(1);

        await browser.GoToAsync("/");
        await Assertions.Expect(page.Locator("html[data-theme=dark]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("dashboard-dark");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("html[data-theme=light]")).ToHaveCountAsync(1);
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.Locator("html[data-theme=light]")).ToHaveCountAsync(1);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task The_system_dark_preference_is_followed_until_the_user_picks_a_theme()
    {
        var app = await apps.EmptyAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.Locator("html[data-theme=dark]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("html[data-theme=light]")).ToHaveCountAsync(1);
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.Locator("html[data-theme=light]")).ToHaveCountAsync(1);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task A_mistyped_address_shows_a_friendly_page_with_a_way_back()
    {
        var app = await apps.EmptyAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        var response = await page.GotoAsync("/contcts");
        Assert.Equal(404, response!.Status);
        await browser.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This page does not exist" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Find a contact" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Exact = true })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations(expected: "/contcts: Failed to load resource: the server responded with a status of 404");
    }
}
