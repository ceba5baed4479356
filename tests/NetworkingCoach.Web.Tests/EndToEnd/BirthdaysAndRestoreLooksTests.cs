using System.Text;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// The states the import switch, birthdays and restoring from a file add to their pages (each page itself is checked in
/// all four looks by <see cref="EveryPageTests"/>), in each theme and at each size: readable text, nothing to scroll
/// sideways on a phone, and a screenshot of each.
/// </summary>
[Collection(PagesAndImportsCollection.Name)]
public class BirthdaysAndRestoreLooksTests(BirthdaysAndRestoreLooksTests.TwoBirthdaysAndABackup app) : IClassFixture<BirthdaysAndRestoreLooksTests.TwoBirthdaysAndABackup>
{
    public static TheoryData<string> Looks => new(BrowserOptions.EachThemeAndSize().Select(look => look.Look));

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Birthdays_the_import_switch_and_restoring_a_file_are_readable_and_fit_the_screen(string look)
    {
        var options = BrowserOptions.EachThemeAndSize().Single(o => o.Look == look);
        await using var browser = await BrowserSession.StartAsync(app.Process.BaseUrl, options);
        var page = browser.Page;
        var failures = new List<string>();

        await browser.GoToAsync("/import");
        await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(app.MorePeople);
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
        await Assertions.Expect(page.GetByTestId("backup-row").Filter(new() { HasText = "By you" })).ToHaveCountAsync(1);
        await page.GetByLabel("Backup file to restore", new() { Exact = true }).SetInputFilesAsync(app.BackupCopy);
        await Assertions.Expect(page.GetByTestId("restore-upload-confirm")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await CheckAsync("settings-restore-upload");

        failures.AddRange(browser.Problems);
        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) at {look}:\n" + string.Join("\n", failures));

        async Task CheckAsync(string name)
        {
            await browser.ScreenshotWholePageAsync("looks-" + name);
            failures.AddRange((await ContrastCheck.FailuresAsync(page)).Select(f => $"{name}: contrast {f}"));
            if (options.Screen.IsPhone && await browser.ScrollsSidewaysAsync())
            {
                failures.Add($"{name}: the page scrolls sideways at {options.Screen.Width} px");
            }
        }
    }

    /// <summary>
    /// One app for every look, holding two people with birthdays (one without a year) imported from a file and one
    /// backup of them: the looks only view what these leave, so they share it.
    /// </summary>
    public sealed class TwoBirthdaysAndABackup : IAsyncLifetime
    {
        private readonly TempDirectory _data = new();

        public AppProcess Process { get; private set; } = null!;

        /// <summary>A second file, naming one of the two people again and one new person.</summary>
        public string MorePeople => Path.Combine(_data.Path, "more.csv");

        /// <summary>The backup, copied out of the app's data folder as a user would keep it elsewhere.</summary>
        public string BackupCopy => Path.Combine(_data.Path, "elsewhere.db");

        public async Task InitializeAsync()
        {
            var people = Path.Combine(_data.Path, "people.csv");
            await File.WriteAllTextAsync(people, "Name,Email,Company,Birthday\nAnn Archer,ann@example.com,Acme,1985-04-12\nSam Lee,sam@example.com,Acme,--02-29\n", new UTF8Encoding(false));
            await File.WriteAllTextAsync(MorePeople, "Name,Company\nSam Lee,Globex\nKatherine Lee,Initech\n", new UTF8Encoding(false));
            Process = await AppProcess.StartAsync(Path.Combine(_data.Path, "app"));
            await using var browser = await BrowserSession.StartAsync(Process.BaseUrl);
            var page = browser.Page;

            await browser.GoToAsync("/import");
            await page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(people);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 contacts" }).ClickAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });

            await browser.GoToAsync("/settings");
            await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("backup-row").Filter(new() { HasText = "By you" })).ToHaveCountAsync(1);
            File.Copy(Directory.GetFiles(Path.Combine(Process.DataDirectory, "backups"), "*-manual.db").Single(), BackupCopy);
            browser.AssertNoConsoleErrorsOrCspViolations();
        }

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            _data.Dispose();
        }
    }
}
