using Microsoft.Playwright;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>A page of its own in Debian's headless Chromium driven by Playwright, open on the app at a chosen screen size and colour scheme.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Chromium reports CSP violations to the page as events; this hands each one to the test as it happens.
    private const string ReportCspViolations =
        """
        document.addEventListener('securitypolicyviolation', e =>
            window.ncReportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`));
        """;

    // Blazor Server drops an event the browser sent for an element a render had just removed, and says so in the
    // console with this text (dotnet/aspnetcore#26838: a blur, key or click racing the render that took the element
    // away). Nothing the user sees is left behind, so the journeys let it pass; any other failed dispatch still fails.
    private const string EventForARemovedElement = "There is no event handler associated with this event";

    private readonly List<string> _problems = [];

    private BrowserSession(IBrowserContext context, IPage page, BrowserOptions options)
    {
        Context = context;
        Page = page;
        Options = options;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public BrowserOptions Options { get; }

    /// <summary>Console errors, uncaught script errors and Content-Security-Policy violations seen so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<BrowserSession> StartAsync(string baseUrl, BrowserOptions? options = null)
    {
        options ??= BrowserOptions.Default;
        var browser = await SharedChromium.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = options.Screen.Width, Height = options.Screen.Height },
            IsMobile = options.Screen.IsPhone,
            HasTouch = options.Screen.IsPhone,
            DeviceScaleFactor = options.Screen.IsPhone ? 2 : 1,
            ColorScheme = options.ColorScheme,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        // A page's first visit after start-up compiles it; on a machine busy with other builds that alone can take longer than a click.
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, options);
        await session.WatchForProblemsAsync();
        return session;
    }

    private async Task WatchForProblemsAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {Page.Url}: {message.Text}");
            }
        };
        Page.PageError += (_, error) => Record($"script error on {Page.Url}: {error}");
        await Context.ExposeFunctionAsync("ncReportCspViolation", (string violation) => Record($"CSP violation on {Page.Url}: {violation}"));
        await Context.AddInitScriptAsync(ReportCspViolations);
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>
    /// Fails the test listing every console error, script error and CSP violation the browser has seen,
    /// apart from those containing one of the <paramref name="expected"/> texts (a 404 the test asked for)
    /// and events Blazor dropped because their element was already gone.
    /// </summary>
    public void AssertNoConsoleErrorsOrCspViolations(params string[] expected)
    {
        var problems = Problems
            .Where(p => !p.Contains(EventForARemovedElement, StringComparison.Ordinal))
            .Where(p => !expected.Any(e => p.Contains(e, StringComparison.Ordinal)))
            .ToList();
        Assert.True(problems.Count == 0, $"The browser reported {problems.Count} problem(s):\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Opens a path and waits until Blazor is interactive.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForBlazorAsync();
    }

    public async Task WaitForBlazorAsync()
    {
        // The layout sets these once the server circuit has rendered (clicks and typing are handled)
        // and once it has settled on light or dark, which follows the system's preference after the first paint.
        await Page.WaitForSelectorAsync("html[data-interactive=true][data-theme]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Waits until a just-opened dialog has moved focus into itself. The dialog focuses its first
    /// field once it has rendered; typing before that lands in whichever field the focus jumps to.
    /// </summary>
    public async Task WaitForDialogFocusAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "() => document.activeElement && document.activeElement.closest('.mud-dialog') !== null",
                null,
                new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // A dialog without a focusable first field never takes focus; nothing can jump then.
        }
    }

    /// <summary>
    /// Saves what the screen shows now, as the user sees it, as
    /// screenshots/&lt;name&gt;-&lt;desktop|phone&gt;-&lt;light|dark&gt;.png under the test output.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = ScreenshotPath(name);
        await WaitForFontsAndImagesAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled, Scale = ScreenshotScale.Css });
        return path;
    }

    /// <summary>
    /// Saves the page from the top down to at most <see cref="ScreensShown"/> screens, under the same name as
    /// <see cref="ScreenshotAsync"/>: for looking at a whole page's layout. It lays the page out again at its full
    /// height and back, so it costs the browser about three times a picture of the screen (measured).
    /// </summary>
    public async Task<string> ScreenshotWholePageAsync(string name)
    {
        var path = ScreenshotPath(name);
        await WaitForFontsAndImagesAsync();
        var (width, height) = (Options.Screen.Width, Options.Screen.Height);
        var pageHeight = await Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(pageHeight, height * ScreensShown) },
            Animations = ScreenshotAnimations.Disabled,
            Scale = ScreenshotScale.Css,
        });
        return path;
    }

    // A long list's layout shows in its first screens; a picture of all of it (a company page of 40,000 px on a
    // phone) only costs time to take and to look at.
    private const int ScreensShown = 4;

    private string ScreenshotPath(string name) => Path.Combine(RepositoryPaths.Screenshots, $"{name}-{Options.Look}.png");

    // What a picture needs beyond the rendered page: its fonts and images loaded. (Waiting for the network to stay
    // quiet for half a second, as before, cost that half second on every screenshot and waited for nothing more:
    // the page's own updates come over the circuit's socket, which that wait does not watch.)
    private Task WaitForFontsAndImagesAsync() => Page.EvaluateAsync(
        """
        async () => {
            await document.fonts.ready;
            await Promise.all([...document.images].filter(image => !image.complete)
                .map(image => new Promise(done => { image.addEventListener("load", done); image.addEventListener("error", done); })));
        }
        """);

    /// <summary>Fails the test with every element on the page now showing whose text fails WCAG AA contrast.</summary>
    public Task AssertAllTextReadableAsync(string what) => ContrastCheck.AssertAllTextReadableAsync(Page, $"{what} ({Options.Look})");

    /// <summary>True when the page can be scrolled sideways, which a phone user should never need.</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
    }
}
