using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The browser checks the journeys rely on catch what they claim to, on hand-made pages.</summary>
[Collection(EndToEndCollection.Name)]
public class BrowserSessionTests
{
    private const string Site = "http://site.test";

    [Fact]
    public async Task The_contrast_check_names_faint_text_and_passes_readable_text()
    {
        await using var browser = await BrowserSession.StartAsync(Site);
        await ShowAsync(browser, "",
            """
            <main>
              <p id="faint" style="color:#bbbbbb;background:#ffffff">Faint grey on white</p>
              <p id="clear" style="color:#222222;background:#ffffff">Dark grey on white</p>
            </main>
            """);

        var failures = await ContrastCheck.FailuresAsync(browser.Page);

        var failure = Assert.Single(failures);
        Assert.Contains("#faint", failure);
        Assert.Contains("Expected contrast ratio of 4.5:1", failure);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => browser.AssertAllTextReadableAsync("a hand-made page"));
        Assert.Contains("1 element(s) on a hand-made page (desktop-light) fail WCAG AA colour contrast", error.Message);
    }

    [Fact]
    public async Task Console_errors_and_blocked_inline_scripts_are_reported()
    {
        await using var browser = await BrowserSession.StartAsync(Site);

        await ShowAsync(browser, "script-src 'none'", "<p>Hello</p><script>document.title = 'ran';</script>");
        await browser.Page.EvaluateAsync("() => console.error('something broke')");

        await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() => browser.AssertNoConsoleErrorsOrCspViolations()));
        Assert.Contains(browser.Problems, p => p.Contains("CSP violation") && p.Contains("script-src"));
        Assert.Contains(browser.Problems, p => p.Contains("console error") && p.Contains("something broke"));
    }

    [Fact]
    public async Task A_phone_session_in_dark_mode_is_a_narrow_touch_screen_that_prefers_dark()
    {
        await using var browser = await BrowserSession.StartAsync(Site, BrowserOptions.For(Screen.Phone, ColorScheme.Dark));
        await ShowAsync(browser, "", "<meta name='viewport' content='width=device-width, initial-scale=1'><p>Fits</p>");

        Assert.Equal(390, await browser.Page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.False(await browser.ScrollsSidewaysAsync());
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"));
        await browser.Page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\\'width:600px\\'>Too wide</p>')");
        Assert.True(await browser.ScrollsSidewaysAsync());
        var shot = await browser.ScreenshotAsync("browser-session-check");
        Assert.EndsWith("browser-session-check-phone-dark.png", shot);
        Assert.True(File.Exists(shot));
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task A_screenshot_shows_the_screen_and_a_whole_page_one_the_page_down_to_four_screens()
    {
        await using var browser = await BrowserSession.StartAsync(Site, BrowserOptions.For(Screen.Phone, ColorScheme.Light));
        await ShowAsync(browser, "", "<meta name='viewport' content='width=device-width, initial-scale=1'><div style='height:10000px'>Tall</div>");

        Assert.Equal((390, 844), PngSize(await browser.ScreenshotAsync("browser-session-screen")));
        Assert.Equal((390, 4 * 844), PngSize(await browser.ScreenshotWholePageAsync("browser-session-whole-page")));
    }

    // A PNG's width and height are the first two numbers of its header chunk, big-endian, from byte 16.
    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    /// <summary>Serves one hand-made page (with a Content-Security-Policy header when given) and opens it.</summary>
    private static async Task ShowAsync(BrowserSession browser, string contentSecurityPolicy, string body)
    {
        await browser.Page.RouteAsync(Site + "/**", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html",
            Headers = contentSecurityPolicy == "" ? [] : new Dictionary<string, string> { ["Content-Security-Policy"] = contentSecurityPolicy },
            Body = "<!DOCTYPE html><html lang='en'><head><title>Check</title></head><body>" + body + "</body></html>",
        }));
        await browser.Page.GotoAsync("/");
    }
}
