using Microsoft.Playwright;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Layout checks on what a page shows now; each returns the problems it found, in words, or none.</summary>
public static class PageLayout
{
    /// <summary>Every dashboard chart is drawn and lies within its card: nothing spills over the edge at this screen size.</summary>
    public static async Task<IReadOnlyList<string>> ChartProblemsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".chart-card svg path").First).ToBeVisibleAsync();
        var spills = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.chart-card')].flatMap(card => {
                const box = card.getBoundingClientRect();
                return [...card.querySelectorAll('svg')].filter(svg => {
                    const r = svg.getBoundingClientRect();
                    return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
                }).map(() => card.getAttribute('aria-label'));
            })
            """);
        return spills.Length == 0 ? [] : ["charts spill out of their cards: " + string.Join(", ", spills)];
    }

    /// <summary>
    /// The week's first item shows its contact's name readably, the Tick off button beside it never covers it,
    /// and on a phone the actions sit below the text.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WeekItemProblemsAsync(IPage page, Screen screen)
    {
        var first = page.Locator(".week-item").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var name = await first.Locator(".week-item-name").BoundingBoxAsync();
        var tickOff = await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Tick off") }).BoundingBoxAsync();
        if (name is null || tickOff is null)
        {
            return ["the first week item shows no name or no Tick off button"];
        }

        var problems = new List<string>();
        if (name.Width <= 40)
        {
            problems.Add($"the contact's name is squeezed to {name.Width}px");
        }

        if (Overlap(name, tickOff))
        {
            problems.Add("the Tick off button covers the name");
        }

        if (screen.IsPhone && tickOff.Y < name.Y + name.Height)
        {
            problems.Add("on a phone the actions do not sit below the text");
        }

        return problems;
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
