using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The weekly routine on a phone held upright: find someone, log a call with them, tick the week's list off.</summary>
[Collection(EndToEndCollection.Name)]
public class PhoneJourneyTests(ReadOnlyApps apps)
{
    [Fact]
    public async Task On_a_phone_a_user_finds_a_contact_logs_a_call_and_ticks_off_an_item_of_the_week()
    {
        using var data = new TempDirectory();
        var demo = await SeededData.DemoNetworkAsync(data.Path);
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, BrowserOptions.For(Screen.Phone, ColorScheme.Light));
        var page = browser.Page;
        var main = page.Locator("main");

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync(demo.ContactName);
        var link = main.GetByRole(AriaRole.Link, new() { Name = demo.ContactName, Exact = true }).First;
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.False(await browser.ScrollsSidewaysAsync(), "the contact list should fit a phone's width");
        // On the card the job title sits under the name, not run on after it.
        var job = main.Locator(".contact-job").First;
        await Assertions.Expect(job).ToBeVisibleAsync();
        var nameBox = (await link.BoundingBoxAsync())!;
        Assert.True((await job.BoundingBoxAsync())!.Y >= nameBox.Y + nameBox.Height - 1, "the job title should sit under the name");

        await browser.ScreenshotAsync("phone-01-contacts-search");

        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = demo.ContactName, Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.False(await browser.ScrollsSidewaysAsync(), "the contact page should fit a phone's width");
        await browser.ScreenshotAsync("phone-02-contact");

        await main.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByText("Log a touchpoint")).ToBeVisibleAsync();
        await browser.WaitForDialogFocusAsync();
        // The dialog grows into place with an animation; measure it once it has settled.
        var fullWidth = false;
        for (var attempt = 0; attempt < 50 && !fullWidth; attempt++)
        {
            var box = await dialog.BoundingBoxAsync();
            fullWidth = box is not null && box.Width >= Screen.Phone.Width - 2;
            if (!fullWidth)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(fullWidth, "on a phone the touchpoint dialog should take the whole screen");
        await dialog.GetByLabel("Summary", new() { Exact = true }).FillAsync("Called to catch up on the new role.");
        await dialog.Locator(".channel-picker").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Phone", new() { Exact = true }).ClickAsync();
        await browser.ScreenshotAsync("phone-03-log-touchpoint");
        await browser.AssertAllTextReadableAsync("the touchpoint dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(main.GetByText("Called to catch up on the new role.")).ToBeVisibleAsync();

        var thisWeek = page.GetByRole(AriaRole.Link, new() { Name = "This week" });
        if (!await thisWeek.IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new("navigation$") }).ClickAsync();
        }

        await thisWeek.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This week", Exact = true })).ToBeVisibleAsync();
        var items = page.Locator(".week-item[data-key]");
        await Assertions.Expect(items.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.False(await browser.ScrollsSidewaysAsync(), "the week should fit a phone's width");
        await browser.ScreenshotAsync("phone-04-week");
        var ticked = (await items.First.GetAttributeAsync("data-key"))!;
        await items.First.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).ClickAsync();
        await items.First.GetByRole(AriaRole.Button, new() { Name = "Log it and tick off" }).ClickAsync();
        await Assertions.Expect(page.Locator($".week-item[data-key='{ticked}']")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("phone-05-week-ticked-off");

        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task Before_the_page_is_live_a_dark_phone_shows_the_dark_palette_and_a_menu_button_offering_to_show_the_navigation()
    {
        var app = await apps.EmptyAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, BrowserOptions.For(Screen.Phone, ColorScheme.Dark));
        var page = browser.Page;

        // Without Blazor's script the page stays as the server rendered it, which is what shows until the circuit connects.
        await page.RouteAsync("**/_framework/blazor.web.js", route => route.AbortAsync());
        await page.GotoAsync("/contacts");

        var menu = page.Locator(".app-menu-button");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-label", "Show navigation");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        var dark = NetworkingCoach.Web.Components.Theme.AppTheme.Theme.PaletteDark.Background;
        Assert.Equal($"rgb({dark.R}, {dark.G}, {dark.B})", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }
}
