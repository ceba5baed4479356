using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// Every page of the demo network on a laptop and on a phone, in the light and the dark theme: all text
/// readable (WCAG AA contrast), nothing to scroll sideways on a phone, no script errors, and a screenshot of each;
/// the dashboard's charts within their cards, and the week's items with their names clear of their buttons. Pages
/// seen again with other data (a past week, a filtered list) are checked in each theme and at each size.
/// </summary>
[Collection(PagesAndImportsCollection.Name)]
public class EveryPageTests(ReadOnlyApps apps)
{
    /// <summary>
    /// Every page a user can reach, with the name its screenshots are saved under, in the order visited. The first
    /// page, the not-found page and the error page are opened by address (a full load); the others as a user moves
    /// between pages, through the app's own navigation in the live page. Two views of the same page are never
    /// neighbours: the second would reuse the first one's elements, and its arrival could not be told apart.
    /// </summary>
    public static IReadOnlyList<(string Name, string Path)> Pages { get; } =
    [
        ("dashboard", "/"),
        ("week", "/week"),
        ("contacts", "/contacts"),
        ("contact", "/contacts/{contact}"),
        ("messages", "/messages"),
        ("introductions", "/referrals"),
        ("companies", "/companies"),
        ("company", "/companies/{company}"),
        ("week-past", "/week/2026-W47"),
        ("contacts-filtered", "/contacts?tier=dormant&flag=neglected-relationship"),
        ("contact-edit", "/contacts/{contact}/edit"),
        ("messages-to-contact", "/messages?contact={contact}"),
        ("introductions-from-contact", "/referrals?from={contact}"),
        ("duplicates", "/duplicates"),
        ("contact-new", "/contacts/new"),
        ("import", "/import"),
        ("settings", "/settings"),
        ("help-coaching-rules", "/help/coaching-rules"),
        ("not-found", "/no-such-page"),
        ("error", "/Error"),
    ];

    private static readonly HashSet<string> s_openedByAddress = ["dashboard", "not-found", "error"];

    // Pages already visited with other data (a past week, a filter, a contact chosen ahead): in each theme and at each
    // size, as their page is in all four looks.
    private static readonly HashSet<string> s_otherData = ["week-past", "contacts-filtered", "messages-to-contact", "introductions-from-contact"];

    public static TheoryData<string> Looks => new(BrowserOptions.EveryLook().Select(look => look.Look));

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Every_page_is_readable_fits_the_screen_and_raises_no_script_errors(string look)
    {
        var options = BrowserOptions.EveryLook().Single(o => o.Look == look);
        var (app, people) = await apps.DemoNetworkAsync();
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, options);
        var failures = new List<string>();

        var eachThemeAndSize = BrowserOptions.EachThemeAndSize().Contains(options);
        foreach (var (name, path) in Pages.Where(p => eachThemeAndSize || !s_otherData.Contains(p.Name)))
        {
            var url = path.Replace("{contact}", people.ContactId.ToString()).Replace("{company}", people.CompanyId.ToString());
            try
            {
                await OpenAsync(browser, url, byAddress: s_openedByAddress.Contains(name));
                await browser.ScreenshotWholePageAsync("page-" + name);
                var faint = await ContrastCheck.FailuresAsync(browser.Page);
                failures.AddRange(faint.Select(f => $"{url}: contrast {f}"));
                if (options.Screen.IsPhone && await browser.ScrollsSidewaysAsync())
                {
                    failures.Add($"{url}: the page scrolls sideways at {options.Screen.Width} px");
                }

                var layout = name switch
                {
                    "dashboard" => await PageLayout.ChartProblemsAsync(browser.Page),
                    "week" => await PageLayout.WeekItemProblemsAsync(browser.Page, options.Screen),
                    _ => [],
                };
                failures.AddRange(layout.Select(problem => $"{url}: {problem}"));
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                failures.Add($"{url}: {ex.Message.Split('\n')[0]}");
            }
        }

        failures.AddRange(browser.Problems.Where(p => !p.Contains("404 (Not Found)")));
        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) at {look}:\n" + string.Join("\n", failures));
    }

    private static async Task OpenAsync(BrowserSession browser, string url, bool byAddress)
    {
        var page = browser.Page;
        if (byAddress)
        {
            await Step("open", () => page.GotoAsync(url));
            await Step("show its heading", () => Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync());
            if (url != "/Error")
            {
                await Step("become interactive", browser.WaitForBlazorAsync);
            }
        }
        else
        {
            // The headings shown now belong to the page being left; the next page's heading is a new element.
            await page.EvaluateAsync("() => document.querySelectorAll('h1').forEach(h => h.dataset.left = 'true')");
            await Step("open", () => page.EvaluateAsync("url => Blazor.navigateTo(url)", url));
            await Step("show its heading", () => Assertions.Expect(page.Locator("h1:not([data-left])").First).ToBeVisibleAsync());
        }

        // Lists fill in after the first render; wait for their loading bars, and for the contacts grid to say it is no longer busy.
        await Step("finish loading its lists", () => Assertions.Expect(page.Locator("[role=progressbar], [aria-busy=true], .mud-skeleton")).ToHaveCountAsync(0, new() { Timeout = 30_000 }));
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
