using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>
/// Many people at once in one Chromium, each in its own context: open the contacts, search for someone,
/// open them and log a touchpoint. Controls are found by role and label, as a person finds them.
/// </summary>
internal static class BrowserLoad
{
    public static async Task<LatencyLog> RunAsync(IBrowser browser, string baseUrl, IReadOnlyList<string> names)
    {
        var log = new LatencyLog();
        await Task.WhenAll(names.Select((name, index) => Task.Run(() => JourneyAsync(browser, baseUrl, name, index, log))));
        return log;
    }

    private static async Task JourneyAsync(IBrowser browser, string baseUrl, string name, int index, LatencyLog log)
    {
        var page = await HeadlessChromium.OpenAsync(browser, baseUrl);
        var main = page.Locator("main");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var summary = $"Load check {index}: caught up about their team.";
        try
        {
            await StepAsync(page, log, "open contacts", async () =>
            {
                await HeadlessChromium.GoToAsync(page, "/contacts");
                await page.GetByText(new Regex(@"^[\d,]+ contacts shown$")).WaitForAsync();
            });
            await StepAsync(page, log, "search (300 ms pause included)", async () =>
            {
                await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync(name);
                await page.GetByText("1 contact shown", new() { Exact = true }).WaitForAsync();
                await main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.WaitForAsync();
            });
            await StepAsync(page, log, "open a contact", async () =>
            {
                await main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true }).WaitForAsync();
            });
            await StepAsync(page, log, "open the touchpoint dialog", async () =>
            {
                await main.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).First.ClickAsync();
                await dialog.GetByLabel("Summary", new() { Exact = true }).WaitForAsync();
            });
            await WaitForDialogFocusAsync(page);
            await dialog.GetByLabel("Summary", new() { Exact = true }).FillAsync(summary);
            await dialog.Locator(".channel-picker").ClickAsync();
            await page.Locator(".rz-dropdown-item, .mud-list-item").GetByText("Phone", new() { Exact = true }).ClickAsync();
            await StepAsync(page, log, "save the touchpoint", async () =>
            {
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();
                await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
                await main.GetByText(summary).First.WaitForAsync();
            });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Already counted against the step that failed; the rest of this journey is skipped.
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The dialog moves focus to its first field once rendered; typing before that is lost or lands elsewhere.</summary>
    private static async Task WaitForDialogFocusAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null", null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            // A dialog that never takes focus is typed into as it is.
        }
    }

    private static async Task StepAsync(IPage page, LatencyLog log, string interaction, Func<Task> step)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await step();
            log.Add(interaction, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var interactive = await page.Locator("html[data-interactive=true]").CountAsync() > 0;
            var dialog = page.GetByRole(AriaRole.Dialog);
            var dialogText = await dialog.CountAsync() > 0 ? "; the dialog shows: " + string.Join(" ", (await dialog.First.InnerTextAsync()).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)) : "";
            log.Fail(interaction, $"{ex.Message.Split('\n')[0]} (on {new Uri(page.Url).AbsolutePath}, {(interactive ? "interactive" : "not yet interactive")}{dialogText})");
            throw;
        }
    }
}
