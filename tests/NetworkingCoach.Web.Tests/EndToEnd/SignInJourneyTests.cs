using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Accounts;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The app started so other machines can reach it: the owner account is made with the console's setup code, then guards the door.</summary>
[Collection(PagesAndImportsCollection.Name)]
public partial class SignInJourneyTests
{
    private const string Owner = "sam.owner";
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task First_exposed_start_prints_a_setup_code_that_creates_the_owner_who_signs_in_and_out_until_wrong_passwords_lock_the_account()
    {
        using var data = new TempDirectory();
        await using var app = await AppProcess.StartAsync(data.Path, exposed: true);
        var code = (await app.WaitForOutputAsync(SetupCodeLine())).Groups["code"].Value;
        Assert.Contains("Serving plain HTTP beyond this machine", app.Output);
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await page.GotoAsync("/contacts");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Create it with the setup code" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create the owner account" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("account-01-setup");

        await page.GetByLabel("Setup code").FillAsync("AAAA-BBBB-CCCC");
        await FillNewAccountAsync(page);
        await Assertions.Expect(Alert(page, "not the one printed in the console")).ToBeVisibleAsync();

        await page.GetByLabel("Setup code").FillAsync(code.ToLowerInvariant());
        await FillNewAccountAsync(page);
        await browser.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Account of {Owner}: change password" })).ToBeVisibleAsync();

        await SignOutAsync(page);
        await Assertions.Expect(page.GetByText("No owner account exists yet")).ToHaveCountAsync(0);
        await page.GotoAsync("/contacts");
        await SignInAsync(page, Password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/contacts$"));
        await browser.WaitForBlazorAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your network starts here" })).ToBeVisibleAsync();
        await SignOutAsync(page);

        for (var attempt = 1; attempt < AccountRules.FailuresBeforeLockout; attempt++)
        {
            await SignInAsync(page, $"wrong password number {attempt}");
            await Assertions.Expect(Alert(page, "That user name and password do not match.")).ToBeVisibleAsync();
        }

        await SignInAsync(page, "one more wrong password");
        await Assertions.Expect(Alert(page, "this account is locked for 15 minutes")).ToBeVisibleAsync();
        await SignInAsync(page, Password);
        await Assertions.Expect(Alert(page, "this account is locked")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await browser.ScreenshotAsync("account-02-locked");
        Assert.All(Directory.GetFiles(Path.Combine(data.Path, "logs")), log => Assert.DoesNotContain(code, File.ReadAllText(log)));
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    private static ILocator Alert(IPage page, string text) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = text });

    private static async Task FillNewAccountAsync(IPage page)
    {
        await page.GetByLabel("User name").FillAsync(Owner);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
    }

    private static async Task SignInAsync(IPage page, string password)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("User name").FillAsync(Owner);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        // Waits for the answer to this very attempt, so a message left from the attempt before is never taken for it.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/sign-in"));
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [GeneratedRegex(@"setup code: (?<code>[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})")]
    private static partial Regex SetupCodeLine();
}
