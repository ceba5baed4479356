using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Runs axe-core's WCAG AA colour-contrast rule on what the page shows now and lists every element that fails it.</summary>
public static class ContrastCheck
{
    private static readonly Lazy<string> s_axeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly object s_contrastOnly = new
    {
        runOnly = new { type = "rule", values = new[] { "color-contrast" } },
        resultTypes = new[] { "violations" },
    };

    /// <summary>
    /// One line per kind of failure: the first element's selector and markup, how many more alike, and
    /// the measured and expected ratio (a grid of 25 identical faint badges is one problem, not 25).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FailuresAsync(IPage page)
    {
        await WaitForAnimationsAsync(page);
        // axe-core runs in the page itself, loaded once per document. The packaged runner loaded it into every
        // frame on every call and finished each run in a new blank page: about a second per check.
        await page.EvaluateAsync("() => { if (!window.axe) { " + s_axeSource.Value + " } }");
        var json = await page.EvaluateAsync<string>("async options => JSON.stringify(await axe.run(document, options))", s_contrastOnly);
        var result = new AxeResult(Newtonsoft.Json.Linq.JObject.Parse(json));
        return result.Violations
            .SelectMany(rule => rule.Nodes)
            .GroupBy(Why)
            .Select(alike =>
            {
                var first = alike.First();
                var more = alike.Count() > 1 ? $" (and {alike.Count() - 1} more alike)" : "";
                return $"{first.Target} {Shorten(first.Html)}{more}\n    {alike.Key}";
            })
            .ToList();
    }

    /// <summary>Fails the test with the offending elements (selector, markup, measured and expected ratio) when any text is too faint.</summary>
    public static async Task AssertAllTextReadableAsync(IPage page, string what)
    {
        var failures = await FailuresAsync(page);
        if (failures.Count > 0)
        {
            var message = new StringBuilder($"{failures.Count} element(s) on {what} fail WCAG AA colour contrast:\n");
            foreach (var failure in failures)
            {
                message.Append("  ").AppendLine(failure);
            }

            Assert.Fail(message.ToString());
        }
    }

    // A fade or ripple caught half-way would be measured at a colour the user never rests on.
    private static Task WaitForAnimationsAsync(IPage page) => page.EvaluateAsync(
        """
        () => Promise.race([
            Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
                .map(a => a.finished.catch(() => null))),
            new Promise(resolve => setTimeout(resolve, 3000)),
        ])
        """);

    // The failed check's message carries the measured ratio, both colours and the ratio the text needed.
    private static string Why(AxeResultNode node) => string.Join("; ",
        (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).Where(m => !string.IsNullOrEmpty(m)));

    private static string Shorten(string? html)
    {
        var text = (html ?? "").Replace("\n", " ").Trim();
        return text.Length <= 160 ? text : text[..157] + "...";
    }
}
