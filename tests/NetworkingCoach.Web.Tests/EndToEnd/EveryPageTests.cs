using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// Every page of the demo network on a laptop and on a phone, in the light and the dark theme: all text
/// readable (WCAG AA contrast), nothing to scroll sideways on a phone, no script errors, and a screenshot of each.
/// </summary>
[Collection(PagesAndImportsCollection.Name)]
public class EveryPageTests(ReadOnlyApps apps)
{
    /// <summary>Every page a user can reach, with the name its screenshots are saved under.</summary>
    public static IReadOnlyList<(string Name, string Path)> Pages { get; } =
    [
        ("dashboard", "/"),
        ("week", "/week"),
        ("week-past", "/week/2026-W47"),
        ("contacts", "/contacts"),
        ("contacts-filtered", "/contacts?tier=dormant&flag=neglected-relationship"),
        ("contact", "/contacts/{contact}"),
        ("contact-edit", "/contacts/{contact}/edit"),
        ("contact-new", "/contacts/new"),
        ("messages", "/messages"),
        ("messages-to-contact", "/messages?contact={contact}"),
        ("introductions", "/referrals"),
        ("introductions-from-contact", "/referrals?from={contact}"),
        ("companies", "/companies"),
        ("company", "/companies/{company}"),
        ("import", "/import"),
        ("settings", "/settings"),
        ("help-coaching-rules", "/help/coaching-rules"),
        ("not-found", "/no-such-page"),
        ("error", "/Error"),
    ];

    public static TheoryData<string> Looks => new(BrowserOptions.EveryLook().Select(look => look.Look));

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Every_page_is_readable_fits_the_screen_and_raises_no_script_errors(string look)
    {
        var options = BrowserOptions.EveryLook().Single(o => o.Look == look);
        var (app, people) = await apps.DemoNetworkAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, options);
        var failures = new List<string>();

        foreach (var (name, path) in Pages)
        {
            var url = path.Replace("{contact}", people.ContactId.ToString()).Replace("{company}", people.CompanyId.ToString());
            try
            {
                await OpenAsync(browser, url);
                await browser.ScreenshotAsync("page-" + name);
                var faint = await ContrastCheck.FailuresAsync(browser.Page);
                failures.AddRange(faint.Select(f => $"{url}: contrast {f}"));
                if (options.Screen.IsPhone && await browser.ScrollsSidewaysAsync())
                {
                    failures.Add($"{url}: the page scrolls sideways at {options.Screen.Width} px");
                }
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                failures.Add($"{url}: {ex.Message.Split('\n')[0]}");
            }
        }

        failures.AddRange(browser.Problems.Where(p => !p.Contains("404 (Not Found)")));
        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) at {look}:\n" + string.Join("\n", failures));
    }

    private static async Task OpenAsync(BrowserSession browser, string url)
    {
        var page = browser.Page;
        await Step("open", () => page.GotoAsync(url));
        await Step("show its heading", () => Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync());
        if (url != "/Error")
        {
            await Step("become interactive", browser.WaitForBlazorAsync);
        }

        // Grids fill in after the first render; wait for their loading bars to go.
        await Step("finish loading its lists", () => Assertions.Expect(page.Locator(".mud-table [role=progressbar], .mud-skeleton")).ToHaveCountAsync(0, new() { Timeout = 30_000 }));
    }

    private static async Task Step(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new TimeoutException($"the page did not {what}: {ex.Message.Split('\n')[0]}", ex);
        }
    }
}
