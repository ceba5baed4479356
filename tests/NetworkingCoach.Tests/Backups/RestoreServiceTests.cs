using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Backups;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Backups;

public class RestoreServiceTests
{
    public static TheoryData<string> UnusableFiles() => ["zero bytes", "empty SQLite file", "truncated backup", "random bytes", "another SQLite database"];

    [Theory]
    [MemberData(nameof(UnusableFiles))]
    public async Task An_unusable_file_is_refused_with_a_reason_and_the_database_is_left_untouched(string kind)
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("Ann Archer");
        var backup = await store.Get<BackupService>().BackUpAsync(BackupKind.Manual);
        var file = Path.Combine(store.Directory, "candidate.db");
        await WriteAsync(kind, file, backup.Path);
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(store.DatabasePath);

        var error = await Assert.ThrowsAsync<BackupException>(() => store.Get<RestoreService>().RestoreAsync(file, force: true));

        Assert.StartsWith("Not restored: candidate.db ", error.Message);
        Assert.EndsWith("The database was not changed.", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(store.DatabasePath));
        Assert.Single(store.Get<BackupService>().List());
    }

    [Fact]
    public async Task A_refused_upload_is_named_by_its_own_name_not_the_stored_one()
    {
        await using var store = await TestStore.CreateAsync();
        var file = Path.Combine(store.Directory, "upload-1f2e3d");
        await File.WriteAllBytesAsync(file, []);

        var error = await Assert.ThrowsAsync<BackupException>(() => store.Get<RestoreService>().RestoreAsync(file, force: true, "my-network.db"));

        Assert.StartsWith("Not restored: my-network.db is empty (0 bytes)", error.Message);
    }

    [Fact]
    public async Task Restoring_over_a_database_needs_force_and_keeps_the_replaced_one_as_a_backup()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("Ann Archer");
        var backup = await store.Get<BackupService>().BackUpToAsync(Path.Combine(store.Directory, "ann.db"));
        await store.AddContactAsync("Bo Berg");
        var restore = store.Get<RestoreService>();

        await Assert.ThrowsAsync<BackupException>(() => restore.RestoreAsync(backup.Path, force: false));
        var result = await restore.RestoreAsync(backup.Path, force: true);

        await using (var db = store.NewContext())
        {
            Assert.Equal(["Ann Archer"], await db.Contacts.Select(c => c.Name).ToListAsync());
        }

        Assert.Equal(2, BackupVerifier.Counts(result.ReplacedDatabaseKeptAt!)["Contacts"]);
        Assert.Equal(BackupKind.BeforeRestore, Assert.Single(store.Get<BackupService>().List()).Kind);
    }

    [Fact]
    public async Task A_database_from_an_older_release_is_migrated_after_it_is_restored()
    {
        await using var store = TestStore.CreateUnmigrated();
        var old = Path.Combine(AppContext.BaseDirectory, "Data", "Releases", "release-2026-12-02.db");
        var counts = BackupVerifier.Counts(old);

        var result = await store.Get<RestoreService>().RestoreAsync(old, force: false);

        Assert.True(result.Migrated);
        Assert.Null(result.ReplacedDatabaseKeptAt);
        await using var db = store.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(counts["Contacts"], await db.Contacts.CountAsync());
        Assert.Equal(counts["Touchpoints"], await db.Touchpoints.CountAsync());
    }

    private static async Task WriteAsync(string kind, string file, string backup)
    {
        switch (kind)
        {
            case "zero bytes":
                await File.WriteAllBytesAsync(file, []);
                break;
            case "empty SQLite file":
                await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA user_version = 7; VACUUM;";
                    await command.ExecuteNonQueryAsync();
                }

                break;
            case "truncated backup":
                var bytes = await File.ReadAllBytesAsync(backup);
                await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);
                break;
            case "random bytes":
                await File.WriteAllBytesAsync(file, Enumerable.Range(0, 8192).Select(i => (byte)((i * 7919) % 251)).ToArray());
                break;
            default:
                await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT); INSERT INTO Notes (Text) VALUES ('hello');";
                    await command.ExecuteNonQueryAsync();
                }

                break;
        }
    }
}
