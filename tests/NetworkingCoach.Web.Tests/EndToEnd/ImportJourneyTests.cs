using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Bringing a LinkedIn network in, checking it, and taking it back out, in the real app and a real browser.</summary>
[Collection(PagesAndImportsCollection.Name)]
public class ImportJourneyTests
{
    [Fact]
    public async Task User_previews_a_LinkedIn_export_with_one_bad_row_imports_it_sees_the_contacts_and_undoes_the_batch_then_an_edited_import_is_not_undone()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "Connections.csv");
        await File.WriteAllTextAsync(file, LinkedInExport(), new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/contacts");
        await page.GetByRole(AriaRole.Complementary, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import contacts" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Up to 50 MB")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-01-empty");

        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(file);
        await Assertions.Expect(page.GetByText("Read as a LinkedIn connections export")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var counts = page.GetByLabel("Preview counts");
        await Assertions.Expect(counts.GetByText("250 new")).ToBeVisibleAsync();
        await Assertions.Expect(counts.GetByText("1 with problems")).ToBeVisibleAsync();
        var problems = page.GetByLabel("Rows with problems");
        await Assertions.Expect(problems.GetByText("\"jordan@@example\" is not an email address")).ToBeVisibleAsync();
        await Assertions.Expect(problems.GetByText("Jordan Bad", new() { Exact = true })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-02-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 250 contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText("250 contacts created, 0 merged into people you already had, 1 row skipped", new() { Exact = false })).ToBeVisibleAsync();
        var batches = page.GetByLabel("Past imports");
        await Assertions.Expect(batches.GetByText("Connections.csv", new() { Exact = true })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-03-result");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download skipped rows" }).ClickAsync());
        var rejected = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("First Name,Last Name,URL,Email Address,Company,Position,Connected On,Line,Problem", rejected);
        Assert.Contains("Jordan,Bad,", rejected);

        await page.GetByRole(AriaRole.Link, new() { Name = "See contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByText("250 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByLabel("Search name, company or email", new() { Exact = true }).FillAsync("zoë");
        await Assertions.Expect(page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Zoë Ødegaard", Exact = true })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-04-contacts");
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var exported = (await File.ReadAllTextAsync(await export.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, exported.Length);
        Assert.StartsWith("Zoë Ødegaard,", exported[1]);

        await page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Zoë Ødegaard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zoë Ødegaard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("12 Mar 2021")).ToBeVisibleAsync();

        await browser.GoToAsync("/import");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo import of Connections.csv" }).ClickAsync();
        await browser.ScreenshotAsync("import-05-undo-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Past imports").GetByText("undone", new() { Exact = false })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-06-undone");

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your network starts here" })).ToBeVisibleAsync();

        // A later export, saved by the browser beside the first: once one of its people is edited, its undo is refused by name.
        var later = Path.Combine(data.Path, "Connections (1).csv");
        await File.WriteAllTextAsync(later, LinkedInExport(rows: 3), new UTF8Encoding(false));
        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(later);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 contacts" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await browser.GoToAsync("/contacts");
        await page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Zoë Ødegaard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zoë Ødegaard" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("VP Engineering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("VP Engineering", new() { Exact = false })).ToBeVisibleAsync();

        await browser.GoToAsync("/import");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo import of Connections (1).csv" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Not undone", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("this contact was changed after it", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Zoë Ødegaard. Nothing was changed.", new() { Exact = false })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-07-undo-refused");
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task A_large_export_shows_a_progress_bar_while_it_imports()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "Connections.csv");
        await File.WriteAllTextAsync(file, LinkedInExport(rows: 30_000), new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(file);
        await Assertions.Expect(page.GetByLabel("Preview counts").GetByText("30,000 new")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 30,000 contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Import progress")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-08-progress.png") });

        await Assertions.Expect(page.GetByText("30,000 contacts created", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("30,000 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task A_possible_duplicate_is_imported_for_review_and_merged_by_hand_from_the_contact_page()
    {
        using var data = new TempDirectory();
        var first = Path.Combine(data.Path, "people.csv");
        var second = Path.Combine(data.Path, "more-people.csv");
        await File.WriteAllTextAsync(first, "Name,Email,Company,Title\r\nSam Lee,sam@acme.example,Acme,Engineer\r\n", new UTF8Encoding(false));
        await File.WriteAllTextAsync(second, "Name,Email,Company,Phone\r\nSam Lee,sam.lee@home.example,ACME,+44 20 7946 0000\r\n", new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;

        foreach (var (file, button) in new[] { (first, "Import 1 contact"), (second, "Import 1 contact") })
        {
            await browser.GoToAsync("/import");
            await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(file);
            await Assertions.Expect(page.GetByText("Read as a CSV file with its own columns")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            if (file == second)
            {
                await Assertions.Expect(page.GetByLabel("Preview counts").GetByText("1 possible duplicate")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByLabel("Possible duplicates").GetByText("Sam Lee", new() { Exact = false }).First).ToBeVisibleAsync();
                await browser.ScreenshotAsync("import-09-possible-duplicate");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }

        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("2 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Sam Lee", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sam Lee", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge with…" }).ClickAsync();
        await page.GetByLabel("Find the duplicate", new() { Exact = true }).FillAsync("sam");
        await page.Locator(".merge-candidates").GetByText("Sam Lee", new() { Exact = false }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".merge-candidates").GetByRole(AriaRole.Radio).First).ToBeCheckedAsync();
        await browser.ScreenshotAsync("import-10-merge-pick");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "sam@acme.example" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "sam.lee@home.example" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "+44 20 7946 0000" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-11-merged");
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("1 contact shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        browser.AssertNoConsoleErrorsOrCspViolations();
    }

    [Fact]
    public async Task User_switches_on_leaving_out_possible_duplicates_and_only_the_new_person_is_imported()
    {
        using var data = new TempDirectory();
        var first = Path.Combine(data.Path, "people.csv");
        var second = Path.Combine(data.Path, "more-people.csv");
        await File.WriteAllTextAsync(first, "Name,Company\r\nSam Lee,Acme\r\n", new UTF8Encoding(false));
        await File.WriteAllTextAsync(second, "Name,Company\r\nSam Lee,Globex\r\nKatherine Lee,Initech\r\n", new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(first);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 1 contact" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(second);
        var counts = page.GetByLabel("Preview counts");
        await Assertions.Expect(counts.GetByText("1 possible duplicate")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import 2 contacts" })).ToBeVisibleAsync();
        await page.GetByLabel("Leave out possible duplicates").CheckAsync();
        await Assertions.Expect(counts.GetByText("1 left out")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Possible duplicates (left out)")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("import-12-leave-out-possible-duplicates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 1 contact" }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 possible duplicate left out", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("2 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Katherine Lee", Exact = true })).ToBeVisibleAsync();
    }

    private static string LinkedInExport(int rows = 250)
    {
        var text = new StringBuilder();
        text.Append("Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n");
        text.Append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        text.Append("Zoë,Ødegaard,https://www.linkedin.com/in/zoe-odegaard,,Fjord AS,CTO,12 Mar 2021\r\n");
        text.Append("José,Núñez,https://www.linkedin.com/in/jose-nunez-42,jose@example.com,\"Señal Labs, Inc.\",Data Engineer,7 Jan 2019\r\n");
        for (var i = 2; i < rows; i++)
        {
            text.Append($"Person{i},Example,https://www.linkedin.com/in/person-{i},,Company {i},Engineer,{1 + (i % 28)} Feb 2020\r\n");
        }

        if (rows > 3)
        {
            text.Append("Jordan,Bad,https://www.linkedin.com/in/jordan-bad,jordan@@example,Acme,Recruiter,04 Sep 2025\r\n");
        }

        return text.ToString();
    }
}
