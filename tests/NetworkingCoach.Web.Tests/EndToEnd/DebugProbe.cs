using Xunit.Abstractions;
using NetworkingCoach.Web.Tests.Infrastructure;
namespace NetworkingCoach.Web.Tests.EndToEnd;
public class DebugProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        browser.Page.Console += (_, m) => output.WriteLine("console: " + m.Text);
        await browser.GoToAsync("/contacts");
        output.WriteLine(await browser.Page.EvaluateAsync<string>("() => document.head.innerHTML"));
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Load demo network" }).ClickAsync();
        await browser.Page.WaitForTimeoutAsync(4000);
        await browser.ScreenshotAsync("probe");
        output.WriteLine(app.Output);
    }
}
