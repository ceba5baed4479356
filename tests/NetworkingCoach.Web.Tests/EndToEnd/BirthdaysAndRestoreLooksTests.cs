using System.Text;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// The states the import switch, birthdays and restoring from a file add to their pages, on a laptop and a phone in
/// both themes: readable text, nothing to scroll sideways on a phone, and a screenshot of each.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class BirthdaysAndRestoreLooksTests
{
    public static TheoryData<string> Looks => new(BrowserOptions.EveryLook().Select(look => look.Look));

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Birthdays_the_import_switch_and_restoring_a_file_are_readable_and_fit_the_screen(string look)
    {
        var options = BrowserOptions.EveryLook().Single(o => o.Look == look);
        using var data = new TempDirectory();
        var people = Path.Combine(data.Path, "people.csv");
        var more = Path.Combine(data.Path, "more.csv");
        await File.WriteAllTextAsync(people, "Name,Email,Company,Birthday\nAnn Archer,ann@example.com,Acme,1985-04-12\nSam Lee,sam@example.com,Acme,--02-29\n", new UTF8Encoding(false));
        await File.WriteAllTextAsync(more, "Name,Company\nSam Lee,Globex\nKatherine Lee,Initech\n", new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl, options);
        var page = browser.Page;
        var failures = new List<string>();

        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(people);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 contacts" }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(more);
        await page.GetByLabel("Leave out possible duplicates").CheckAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByLabel("Preview counts").GetByText("1 left out")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await CheckAsync("import-leave-out");

        await browser.GoToAsync("/contacts");
        await page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Ann Archer", Exact = true }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("12 April 1985")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await CheckAsync("contact-birthday");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Birthday", new() { Exact = true })).ToHaveValueAsync("12 Apr 1985");
        await CheckAsync("contact-edit-birthday");

        await browser.GoToAsync("/contacts");
        await page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Sam Lee", Exact = true }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("29 February", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Birthday", new() { Exact = true })).ToHaveValueAsync("29 Feb");
        await Assertions.Expect(page.GetByLabel("Year not known")).ToBeCheckedAsync();
        await CheckAsync("contact-edit-birthday-no-year");

        await browser.GoToAsync("/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("backup-row")).ToHaveCountAsync(1);
        var copy = Path.Combine(data.Path, "elsewhere.db");
        File.Copy(Directory.GetFiles(Path.Combine(app.DataDirectory, "backups"), "*.db").Single(), copy);
        await page.GetByLabel("Backup file to restore", new() { Exact = true }).SetInputFilesAsync(copy);
        await Assertions.Expect(page.GetByTestId("restore-upload-confirm")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await CheckAsync("settings-restore-upload");

        failures.AddRange(browser.Problems);
        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) at {look}:\n" + string.Join("\n", failures));

        async Task CheckAsync(string name)
        {
            await browser.ScreenshotAsync("looks-" + name);
            failures.AddRange((await ContrastCheck.FailuresAsync(page)).Select(f => $"{name}: contrast {f}"));
            if (options.Screen.IsPhone && await browser.ScrollsSidewaysAsync())
            {
                failures.Add($"{name}: the page scrolls sideways at {options.Screen.Width} px");
            }
        }
    }
}
