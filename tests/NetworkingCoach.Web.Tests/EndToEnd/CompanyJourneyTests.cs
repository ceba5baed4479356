using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>A big company's page lists its history a part at a time, from the keyboard as well as the mouse.</summary>
[Collection(PagesAndImportsCollection.Name)]
public class CompanyJourneyTests(ReadOnlyApps apps)
{
    [Fact]
    public async Task The_largest_company_lists_its_latest_touchpoints_and_shows_more_from_the_keyboard()
    {
        var (app, people) = await apps.DemoNetworkAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, BrowserOptions.For(Screen.Phone, ColorScheme.Dark));
        var page = browser.Page;
        await browser.GoToAsync($"/companies/{people.CompanyId}");

        var entries = page.GetByRole(AriaRole.List, new() { Name = "Touchpoints with people at this company" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(entries).ToHaveCountAsync(10);
        await Assertions.Expect(page.GetByText("Showing the latest 10 of")).ToBeVisibleAsync();

        var showMore = page.GetByRole(AriaRole.Button, new() { Name = "Show 10 more: Touchpoints with them" });
        await showMore.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(entries).ToHaveCountAsync(20);
        await Assertions.Expect(entries.Nth(10).GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByText("Showing the latest 20 of")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("company-01-show-more");
        await browser.AssertAllTextReadableAsync("a company page after Show more");
        Assert.False(await browser.ScrollsSidewaysAsync(), "The company page scrolls sideways on a phone.");
        browser.AssertNoConsoleErrorsOrCspViolations();
    }
}
