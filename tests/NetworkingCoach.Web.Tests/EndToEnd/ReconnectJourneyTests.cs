using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// What the user sees when the page's live connection drops (a phone that slept, a lost network, a server restart):
/// a readable notice in the app's colours while Blazor reconnects, the choices once it gives up, and a page that works
/// again once the server answers.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class ReconnectJourneyTests(ReadOnlyApps apps)
{
    // The browser's own reports of the refused connection attempts while the network is "down".
    private static readonly string[] s_refusedConnection =
    [
        "Failed to load resource", "WebSocket closed", "Failed to complete negotiation", "Failed to start the connection",
        "Connection disconnected",
    ];

    // The title holds a text for every state; only the one for the state shown is displayed.
    private static readonly LocatorAssertionsToHaveTextOptions s_shownText = new() { UseInnerText = true };

    public static TheoryData<string> Looks => new(BrowserOptions.EachThemeAndSize().Select(look => look.Look));

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task A_dropped_connection_shows_a_readable_notice_offers_choices_when_given_up_and_the_page_works_again_once_back(string look)
    {
        var (app, _) = await apps.DormantAndStrongAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, BrowserOptions.EachThemeAndSize().Single(o => o.Look == look));
        var page = browser.Page;
        await browser.GoToAsync("/contacts");
        var notice = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(notice).ToBeHiddenAsync();

        // The network goes: Blazor's connection closes and every attempt to open a new one is refused.
        await page.RouteAsync("**/_blazor/negotiate**", route => route.AbortAsync());
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice.Locator("#reconnect-title")).ToContainTextAsync("econnecting", new() { UseInnerText = true });
        await Assertions.Expect(notice.GetByText("Everything you saved is kept.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("reconnect-trying");
        await browser.AssertAllTextReadableAsync("the reconnecting notice");

        // Blazor gives up only after about thirty tries (minutes); it then sets these classes and events on the notice.
        await ShowBlazorStateAsync(page, "failed");
        await Assertions.Expect(notice.Locator("#reconnect-title")).ToHaveTextAsync("NetworkingCoach does not answer.", s_shownText);
        await Assertions.Expect(notice.GetByText("Text you typed and did not save is still on the page")).ToBeVisibleAsync();
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeFocusedAsync();
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Reload the page" })).ToBeVisibleAsync();
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeHiddenAsync();
        await browser.ScreenshotAsync("reconnect-failed");
        await browser.AssertAllTextReadableAsync("the notice after reconnecting failed");

        await ShowBlazorStateAsync(page, "rejected");
        await Assertions.Expect(notice.Locator("#reconnect-title")).ToHaveTextAsync("This page's session has ended on the server.", s_shownText);
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Reload the page" })).ToBeFocusedAsync();
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeHiddenAsync();

        // The network is back: Blazor's next try gets through, the notice goes and the page answers again.
        await ShowBlazorStateAsync(page, "show");
        await page.UnrouteAsync("**/_blazor/negotiate**");
        await Assertions.Expect(notice).ToBeHiddenAsync(new() { Timeout = 45_000 });
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("whitfield");
        await Assertions.Expect(page.GetByText("1 contact shown")).ToBeVisibleAsync();

        // Try again asks Blazor to reconnect; with the server there, the notice goes and the page stays live.
        await ShowBlazorStateAsync(page, "failed");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Assertions.Expect(notice).ToBeHiddenAsync();
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("okafor");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sam Okafor", Exact = true })).ToBeVisibleAsync();
        browser.AssertNoConsoleErrorsOrCspViolations(s_refusedConnection);
    }

    private static Task ShowBlazorStateAsync(IPage page, string state) =>
        page.EvaluateAsync(
            """
            state => {
                const notice = document.getElementById("components-reconnect-modal");
                notice.classList.remove(...[...notice.classList].filter(c => c.startsWith("components-reconnect-")));
                notice.classList.add(`components-reconnect-${state}`);
                notice.dispatchEvent(new CustomEvent("components-reconnect-state-changed", { detail: { state } }));
            }
            """,
            state);
}
