using Microsoft.Playwright;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Debian's headless Chromium driven by Playwright, with a page open on the app.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(string baseUrl)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; run ./test.sh, which installs it.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        // A page's first visit after start-up compiles it; on a machine busy with other builds that alone can take longer than a click.
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(playwright, browser, context, page);
    }

    /// <summary>Opens a path and waits until Blazor is interactive.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForBlazorAsync();
    }

    public async Task WaitForBlazorAsync()
    {
        // The layout sets this once the server circuit has rendered, i.e. clicks and typing are handled.
        await Page.WaitForSelectorAsync("html[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Waits until a just-opened dialog has moved focus into itself. Radzen focuses the dialog's first
    /// field once it has rendered; typing before that lands in whichever field the focus jumps to.
    /// </summary>
    public async Task WaitForDialogFocusAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "() => document.activeElement && document.activeElement.closest('.rz-dialog') !== null",
                null,
                new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // A dialog without a focusable first field never takes focus; nothing can jump then.
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
