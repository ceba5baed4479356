using Microsoft.Data.Sqlite;
using NetworkingCoach.Backups;
using NetworkingCoach.Contacts;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Backups;

public class BackupServiceTests
{
    [Fact]
    public async Task A_backup_is_a_checked_copy_named_only_once_it_passed()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("Ann Archer", "ann@example.com");
        await store.AddContactAsync("Bo Berg");

        var backup = await store.Get<BackupService>().BackUpAsync(BackupKind.Manual);

        Assert.Equal(2, backup.Counts["Contacts"]);
        Assert.Equal(Path.Combine(store.Directory, "backups"), Path.GetDirectoryName(backup.Path));
        Assert.Equal([backup.FileName], Directory.GetFiles(Path.GetDirectoryName(backup.Path)!).Select(Path.GetFileName));
        Assert.True(BackupVerifier.Verify(backup.Path, Migrations(store).ToList()).IsUsable);
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_writes_is_one_consistent_moment()
    {
        await using var store = await TestStore.CreateAsync();
        var contacts = store.Get<ContactService>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await contacts.CreateAsync(new ContactInput { Name = $"Person {i}", Emails = [new LabeledValue { Value = $"p{i}@example.com" }] });
            }
        });
        while (await CountAsync(store.DatabasePath, "Contacts") < 20)
        {
            await Task.Delay(10);
        }

        var first = await store.Get<BackupService>().BackUpToAsync(Path.Combine(store.Directory, "during-1.db"));
        var second = await store.Get<BackupService>().BackUpToAsync(Path.Combine(store.Directory, "during-2.db"));
        await stop.CancelAsync();
        await writer;

        foreach (var backup in new[] { first, second })
        {
            // Each contact and its email are saved in one transaction: a torn copy would have one without the other.
            Assert.True(backup.Counts["Contacts"] >= 20);
            Assert.Equal(backup.Counts["Contacts"], backup.Counts["ContactEmails"]);
        }
    }

    [Fact]
    public async Task A_backup_stopped_half_way_leaves_earlier_backups_intact_and_no_half_file_named_as_a_backup()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("Ann Archer");
        var service = store.Get<BackupService>();
        var earlier = await service.BackUpAsync(BackupKind.Daily);
        var bytes = await File.ReadAllBytesAsync(earlier.Path);

        // What a process killed mid-copy leaves behind: a temporary file, never a .db name.
        await File.WriteAllBytesAsync(Path.Combine(service.BackupDirectory, "networkingcoach-20261121-233001-daily.db.1234abcd.partial"), bytes[..1000]);
        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.BackUpAsync(BackupKind.Daily, cancelled.Token));

        var listed = Assert.Single(service.List());
        Assert.Equal(earlier.Path, listed.Path);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(earlier.Path));
    }

    [Fact]
    public async Task Backups_are_listed_newest_first_with_their_counts()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("Ann Archer");
        var service = store.Get<BackupService>();
        await service.BackUpAsync(BackupKind.Daily);
        store.Clock.Now = store.Clock.Now.AddHours(1);
        await store.AddContactAsync("Bo Berg");
        await service.BackUpAsync(BackupKind.Manual);

        var listed = service.List(withCounts: true);

        Assert.Equal([BackupKind.Manual, BackupKind.Daily], listed.Select(b => b.Kind));
        Assert.Equal([2L, 1L], listed.Select(b => b.Counts["Contacts"]));
        Assert.All(listed, b => Assert.True(b.SizeBytes > 0));
    }

    [Fact]
    public async Task Only_one_daily_backup_is_taken_a_day()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<BackupService>();

        Assert.NotNull(await service.BackUpDailyAsync());
        store.Clock.Now = store.Clock.Now.AddMinutes(20);
        Assert.Null(await service.BackUpDailyAsync());
        store.Clock.Now = store.Clock.Now.AddDays(1);
        Assert.NotNull(await service.BackUpDailyAsync());
    }

    [Fact]
    public async Task Daily_backups_keep_seven_days_and_four_weeks_before_them()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<BackupService>();
        for (var day = 0; day < 60; day++)
        {
            await service.BackUpDailyAsync();
            store.Clock.Now = store.Clock.Now.AddDays(1);
        }

        var kept = service.List().Select(b => DateOnly.FromDateTime(b.TakenAtUtc)).ToList();

        Assert.Equal(11, kept.Count);
        var newest = DateOnly.FromDateTime(TestStore.Now.UtcDateTime).AddDays(59);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => newest.AddDays(-i)), kept.Take(7));
        Assert.Equal(4, kept.Skip(7).Select(d => System.Globalization.ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue))).Distinct().Count());
    }

    private static IEnumerable<string> Migrations(TestStore store)
    {
        using var db = store.NewContext();
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database);
    }

    private static async Task<long> CountAsync(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
