using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Data;

/// <summary>Databases written by earlier releases, kept as files, open in this one with every row intact.</summary>
public class ReleaseUpgradeTests
{
    private static readonly string[] s_tables =
    [
        "Companies", "Contacts", "ContactEmails", "ContactPhones", "Tags", "ContactTags", "Touchpoints",
        "Referrals", "Messages", "ReminderStates", "Settings", "ImportBatches", "ImportBatchItems",
    ];

    [Theory]
    [InlineData("release-2026-12-02.db")]
    public async Task A_database_from_an_earlier_release_is_upgraded_with_every_row_kept_and_a_backup_taken_first(string file)
    {
        await using var store = TestStore.CreateUnmigrated();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Releases", file), store.DatabasePath, overwrite: true);
        var before = await CountRowsAsync(store.DatabasePath);
        bool upgradeNeeded;
        await using (var old = store.NewContext())
        {
            upgradeNeeded = (await old.Database.GetPendingMigrationsAsync()).Any();
        }

        var backup = await store.Get<DatabaseMigrator>().MigrateAsync();

        if (upgradeNeeded)
        {
            Assert.True(File.Exists(backup), "no backup taken before the upgrade");
            Assert.Equal(before, await CountRowsAsync(backup));
        }

        var after = await CountRowsAsync(store.DatabasePath);
        Assert.Equal(before, after);
        Assert.True(before["Contacts"] > 0 && before["Touchpoints"] > 0 && before["Referrals"] > 0);
        await using var db = store.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(before["Contacts"], await db.Contacts.CountAsync());
        Assert.Equal(before["Touchpoints"], await db.Touchpoints.CountAsync());
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in s_tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
