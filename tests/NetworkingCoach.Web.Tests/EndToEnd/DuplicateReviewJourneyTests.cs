using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Importing people entered twice, sorting them out, then backing the network up and restoring it.</summary>
[Collection(PagesAndImportsCollection.Name)]
public class DuplicateReviewJourneyTests
{
    [Fact]
    public async Task User_imports_reviews_two_likely_duplicates_merging_one_and_keeping_one_apart_then_backs_up_and_restores()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "people.csv");
        await File.WriteAllTextAsync(file,
            "Name,Company,Email\nJo Smith,Acme,jo@acme.example\nJo Smith,Globex,jo@globex.example\nKatherine Lee,Initech,\nKatharine Lee,Initech,kath@initech.example\n",
            new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import \\d+ contacts") }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "Likely duplicates" }).ClickAsync();
        await Assertions.Expect(page.GetByText("2 pairs to review.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("duplicates-01-review");
        await page.GetByLabel("Jo Smith and Jo Smith").GetByRole(AriaRole.Button, new() { Name = "Not the same person" }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 pair to review.")).ToBeVisibleAsync();
        await page.GetByLabel("Katherine Lee and Katharine Lee").GetByRole(AriaRole.Button, new() { Name = "Merge into one" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No likely duplicates to review.")).ToBeVisibleAsync();

        await browser.GoToAsync("/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
        // The app's own daily backup may join the list while this runs; the one taken here is "By you".
        var row = page.GetByTestId("backup-row").Filter(new() { HasText = "By you" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "3", Exact = true })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("duplicates-02-backups");

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Restore the backup of") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore this backup" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Restored the backup of", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("backup-row").Filter(new() { HasText = "Before a restore" })).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Katherine Lee" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Katharine Lee" })).ToHaveCountAsync(0);
        browser.AssertNoConsoleErrorsOrCspViolations();
    }
}
