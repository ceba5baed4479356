using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NetworkingCoach.Benchmarks.Load;

/// <summary>
/// Many people in one Chromium, each in its own context: open the contacts, search for someone, open them and log
/// a touchpoint. Controls are found by role and label, as a person finds them. Either everyone at once, taking each
/// step together (the worst case, and the CPU each step costs the server and the browser), or arriving one after
/// another and going at their own pace, as people do.
/// </summary>
internal static class BrowserLoad
{
    private const string NotSavedYet = "Nothing was saved yet";

    private static readonly Step[] s_steps =
    [
        new("start a browser context", Timed: false, StartAsync),
        new("open contacts", Timed: true, s => OpenContactsAsync(s.Page)),
        new("search (300 ms pause included)", Timed: true, SearchAsync),
        new("open a contact", Timed: true, OpenContactAsync),
        new("open the touchpoint dialog", Timed: true, OpenDialogAsync),
        new("type the summary, pick the channel", Timed: false, FillInAsync),
        new("save the touchpoint", Timed: true, SaveAsync),
        new("close the context", Timed: false, s => s.Page.Context.CloseAsync()),
    ];

    /// <summary>Everyone at once: each step is started by every session together, and the next when all are done.</summary>
    public static async Task<BrowserLoadResult> RunTogetherAsync(IBrowser browser, string baseUrl, int serverProcessId, IReadOnlyList<string> names, string label)
    {
        var log = new LatencyLog();
        var sessions = names.Select((name, index) => new Session(browser, baseUrl, name, $"{label} {index}: caught up about their team.", log)).ToList();
        var cpuPerStep = new List<(string Step, int Sessions, CpuUse Cpu, TimeSpan Elapsed)>();
        var started = Stopwatch.GetTimestamp();
        var before = CpuUse.Now(serverProcessId);
        foreach (var step in s_steps)
        {
            var live = sessions.Where(s => !s.Failed || step == s_steps[^1]).Where(s => s.Page is not null || step == s_steps[0]).ToList();
            var stepStarted = Stopwatch.GetTimestamp();
            var stepBefore = CpuUse.Now(serverProcessId);
            await Task.WhenAll(live.Select(session => Task.Run(() => session.RunAsync(step))));
            cpuPerStep.Add((step.Name, live.Count, CpuUse.Now(serverProcessId) - stepBefore, Stopwatch.GetElapsedTime(stepStarted)));
        }

        return new BrowserLoadResult(log, sessions.Count, CpuUse.Now(serverProcessId) - before, Stopwatch.GetElapsedTime(started), cpuPerStep);
    }

    /// <summary>People arriving one after another, <paramref name="arrival"/> apart, each going through the journey at their own pace.</summary>
    public static async Task<BrowserLoadResult> RunArrivingAsync(IBrowser browser, string baseUrl, int serverProcessId, IReadOnlyList<string> names, string label, TimeSpan arrival)
    {
        var log = new LatencyLog();
        var started = Stopwatch.GetTimestamp();
        var before = CpuUse.Now(serverProcessId);
        await Task.WhenAll(names.Select((name, index) => Task.Run(async () =>
        {
            await Task.Delay(arrival * index);
            var session = new Session(browser, baseUrl, name, $"{label} {index}: caught up about their team.", log);
            foreach (var step in s_steps.Where(step => !session.Failed || step == s_steps[^1]))
            {
                if (session.Page is not null || step == s_steps[0])
                {
                    await session.RunAsync(step);
                }
            }
        })));
        return new BrowserLoadResult(log, names.Count, CpuUse.Now(serverProcessId) - before, Stopwatch.GetElapsedTime(started), []);
    }

    private static async Task StartAsync(Session session) => session.Page = await HeadlessChromium.OpenAsync(session.Browser, session.BaseUrl);

    private static async Task OpenContactsAsync(IPage page)
    {
        await HeadlessChromium.GoToAsync(page, "/contacts");
        await page.GetByText(new Regex(@"^[\d,]+ contacts shown$")).WaitForAsync();
    }

    private static async Task SearchAsync(Session session)
    {
        await session.Page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync(session.Name);
        await session.Page.GetByText("1 contact shown", new() { Exact = true }).WaitForAsync();
        await session.Main.GetByRole(AriaRole.Link, new() { Name = session.Name, Exact = true }).First.WaitForAsync();
    }

    private static async Task OpenContactAsync(Session session)
    {
        await session.Main.GetByRole(AriaRole.Link, new() { Name = session.Name, Exact = true }).First.ClickAsync();
        await session.Page.GetByRole(AriaRole.Heading, new() { Name = session.Name, Exact = true }).WaitForAsync();
    }

    private static async Task OpenDialogAsync(Session session)
    {
        await session.Main.GetByRole(AriaRole.Button, new() { Name = "Log touchpoint" }).First.ClickAsync();
        await session.Dialog.GetByLabel("Summary", new() { Exact = true }).WaitForAsync();
    }

    private static async Task FillInAsync(Session session)
    {
        await WaitForDialogFocusAsync(session.Page);
        await session.Dialog.GetByLabel("Summary", new() { Exact = true }).FillAsync(session.Summary);
        await session.Dialog.Locator(".channel-picker").ClickAsync();
        await session.Page.Locator(".mud-list-item").GetByText("Phone", new() { Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Saves as a person would: when the dialog says nothing was saved (a choice made just before pressing Save had not
    /// reached the form yet), they press Save again; that is logged as a failure of its own, then the save is timed on.
    /// </summary>
    private static async Task SaveAsync(Session session)
    {
        var save = session.Dialog.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" });
        await save.ClickAsync();
        // Polled every 100 ms, not every frame: fifty pages checking each frame cost Chromium more than the app's work.
        await session.Page.WaitForFunctionAsync($"() => !document.getElementById('touchpoint-form') || document.getElementById('touchpoint-form').innerText.includes('{NotSavedYet}')",
            null, new() { PollingInterval = 100 });
        if (await session.Dialog.GetByText(NotSavedYet).CountAsync() > 0)
        {
            session.Log.Fail("save pressed a second time", "the dialog said nothing was saved yet");
            await save.ClickAsync();
        }

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await session.Main.GetByText(session.Summary).First.WaitForAsync();
    }

    /// <summary>The dialog moves focus to its first field once rendered; typing before that is lost or lands elsewhere.</summary>
    private static async Task WaitForDialogFocusAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null", null, new() { Timeout = 30_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            // A dialog that never takes focus is typed into as it is.
        }
    }

    private sealed record Step(string Name, bool Timed, Func<Session, Task> RunAsync);

    private sealed class Session(IBrowser browser, string baseUrl, string name, string summary, LatencyLog log)
    {
        public IBrowser Browser { get; } = browser;
        public string BaseUrl { get; } = baseUrl;
        public string Name { get; } = name;
        public string Summary { get; } = summary;
        public LatencyLog Log { get; } = log;
        public IPage Page { get; set; } = null!;
        public ILocator Main => Page.Locator("main");
        public ILocator Dialog => Page.GetByRole(AriaRole.Dialog);
        public bool Failed { get; private set; }

        /// <summary>Runs one step, timed and logged; a failure is logged against it and ends this session's journey.</summary>
        public async Task RunAsync(Step step)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await step.RunAsync(this);
                if (step.Timed)
                {
                    Log.Add(step.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                Failed = true;
                Log.Fail(step.Name, await DescribeAsync(ex));
            }
        }

        private async Task<string> DescribeAsync(Exception ex)
        {
            if (Page is null || Page.IsClosed)
            {
                return ex.Message.Split('\n')[0];
            }

            var interactive = await Page.Locator("html[data-interactive=true]").CountAsync() > 0;
            var dialogs = await Dialog.AllInnerTextsAsync();
            var fields = await Page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('[role=dialog] input:not([type=hidden]), [role=dialog] textarea')).map(i => i.value).join(', ')");
            var dialogText = dialogs.Count > 0 ? "; the dialog shows: " + string.Join(" ", string.Join(" | ", dialogs).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)) + $" (fields: {fields})" : "";
            return $"{ex.Message.Split('\n')[0]} (on {new Uri(Page.Url).AbsolutePath}, {(interactive ? "interactive" : "not yet interactive")}{dialogText})";
        }
    }
}
