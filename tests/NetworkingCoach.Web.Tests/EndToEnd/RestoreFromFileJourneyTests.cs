using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Bringing a network back from a backup file kept outside the app's folder, and refusing files that are not one.</summary>
[Collection(EndToEndCollection.Name)]
public class RestoreFromFileJourneyTests
{
    [Fact]
    public async Task User_uploads_bad_files_that_are_refused_then_a_backup_from_elsewhere_that_is_restored_after_confirming()
    {
        using var data = new TempDirectory();
        var outside = Directory.CreateDirectory(Path.Combine(data.Path, "usb-stick")).FullName;
        var first = Path.Combine(data.Path, "people.csv");
        var more = Path.Combine(data.Path, "more.csv");
        await File.WriteAllTextAsync(first, "Name,Email\nAnn Archer,ann@example.com\nBo Berg,bo@example.com\n", new UTF8Encoding(false));
        await File.WriteAllTextAsync(more, "Name,Email\nCy Cole,cy@example.com\n", new UTF8Encoding(false));
        await using var app = await AppProcess.StartAsync(Path.Combine(data.Path, "app"));
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        await ImportAsync(browser, first, "Import 2 contacts");

        await browser.GoToAsync("/settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("backup-row").Filter(new() { HasText = "By you" })).ToHaveCountAsync(1);
        var backup = Directory.GetFiles(Path.Combine(app.DataDirectory, "backups"), "*-manual.db").Single();
        var good = Path.Combine(outside, "my-network.db");
        File.Copy(backup, good);
        await ImportAsync(browser, more, "Import 1 contact");

        await browser.GoToAsync("/settings");
        var picker = page.GetByLabel("Backup file to restore", new() { Exact = true });
        var refused = page.GetByTestId("restore-refused");
        foreach (var (name, reason) in await BadFilesAsync(outside, good))
        {
            await picker.SetInputFilesAsync(name);
            await Assertions.Expect(refused).ToContainTextAsync("This file cannot be restored.", new() { Timeout = 30_000 });
            await Assertions.Expect(refused).ToContainTextAsync(reason);
            await Assertions.Expect(refused).ToContainTextAsync("Nothing was changed.");
            await Assertions.Expect(page.GetByTestId("restore-upload-confirm")).ToHaveCountAsync(0);
        }

        await browser.ScreenshotAsync("backups-01-upload-refused");
        await picker.SetInputFilesAsync(good);
        var confirm = page.GetByTestId("restore-upload-confirm");
        await Assertions.Expect(confirm).ToContainTextAsync("Restore my-network.db (2 contacts", new() { Timeout = 30_000 });
        await Assertions.Expect(confirm).ToContainTextAsync("The current database is kept as a backup first.");
        await browser.ScreenshotAsync("backups-02-upload-confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Restore this file" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Restored my-network.db: 2 contacts.", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("backup-row").Filter(new() { HasText = "Before a restore" })).ToHaveCountAsync(1);
        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataDirectory, "uploads")));
        await browser.GoToAsync("/contacts");
        await Assertions.Expect(page.GetByText("2 contacts shown")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".contacts-grid").GetByRole(AriaRole.Link, new() { Name = "Cy Cole" })).ToHaveCountAsync(0);
    }

    private static async Task ImportAsync(BrowserSession browser, string file, string button)
    {
        await browser.GoToAsync("/import");
        await browser.Page.GetByLabel("Contact file", new() { Exact = true }).SetInputFilesAsync(file);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(browser.Page.GetByText("Import finished")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    // An empty SQLite file, a backup cut in half and random bytes, each with words from the reason it is refused.
    private static async Task<List<(string File, string Reason)>> BadFilesAsync(string folder, string good)
    {
        var empty = Path.Combine(folder, "empty.db");
        await using (var connection = new SqliteConnection($"Data Source={empty};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 7; VACUUM;";
            await command.ExecuteNonQueryAsync();
        }

        var truncated = Path.Combine(folder, "truncated.db");
        var bytes = await File.ReadAllBytesAsync(good);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        var random = Path.Combine(folder, "random.db");
        await File.WriteAllBytesAsync(random, Enumerable.Range(0, 8192).Select(i => (byte)((i * 7919) % 251)).ToArray());
        return [(empty, "empty.db is a SQLite file with no tables"), (truncated, "truncated.db"), (random, "random.db is not a SQLite database")];
    }
}
