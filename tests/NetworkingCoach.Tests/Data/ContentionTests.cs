using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Data;

/// <summary>A save made while another program holds the write lock (a long import) waits for it and is kept.</summary>
public class ContentionTests
{
    [Fact]
    public async Task A_contact_saved_while_an_import_holds_the_write_lock_is_saved_once_the_lock_is_released()
    {
        await using var store = await TestStore.CreateAsync();
        await using var importer = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        await importer.OpenAsync();
        await using (var begin = importer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO Tags (Name, NormalizedName) VALUES ('imported', 'imported');";
            await begin.ExecuteNonQueryAsync();
        }

        // SQLite waits for a lock synchronously inside the async call, so the save runs on its own thread, as a web request does.
        var save = Task.Run(() => store.AddContactAsync("Saved During Import", "during@example.com"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(save.IsCompleted, "the save cannot finish while the import holds the lock");

        await using (var commit = importer.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        }

        var id = await save;
        await using var db = store.NewContext();
        Assert.Equal("Saved During Import", (await db.Contacts.SingleAsync(c => c.Id == id)).Name);
        Assert.True(await db.Tags.AnyAsync(t => t.Name == "imported"));
    }
}
