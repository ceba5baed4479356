using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

/// <summary>A large import writes chunk by chunk, each in its own transaction: others can save in between, and a failed import leaves nothing.</summary>
public class ImportWhileOthersWriteTests
{
    private static readonly int s_rows = ImportService.ChunkSize * 2 + 10;

    [Fact]
    public async Task Another_writer_commits_between_the_chunks_of_a_large_import_without_waiting_for_the_whole_file()
    {
        await using var store = await TestStore.CreateAsync();
        var saved = new List<int>();

        var result = await ImportAsync(store, ImportServiceTests.ManyLinkedInRows(s_rows), report =>
        {
            if (report.Rows < s_rows)
            {
                // A writer that gives up after one second: the import must not be holding the write lock here.
                using var writer = new SqliteConnection($"Data Source={store.DatabasePath};Default Timeout=1;Pooling=False");
                writer.Open();
                using var transaction = writer.BeginTransaction();
                using var save = writer.CreateCommand();
                save.Transaction = transaction;
                save.CommandText = "INSERT INTO Tags (Name, NormalizedName) VALUES ($name, lower($name))";
                save.Parameters.AddWithValue("$name", $"Saved meanwhile {saved.Count}");
                save.ExecuteNonQuery();
                transaction.Commit();
                saved.Add(report.Rows);
            }
        });

        Assert.Equal(s_rows, result.Counts.Created);
        Assert.Equal([ImportService.ChunkSize, ImportService.ChunkSize * 2], saved);
        await using var db = store.CreateDbContext();
        Assert.Equal(2, await db.Tags.CountAsync(t => t.Name.StartsWith("Saved meanwhile")));
        Assert.Equal(3, result.Timings!.Transactions);
    }

    [Fact]
    public async Task A_contact_saved_while_the_import_runs_is_merged_with_a_later_row_instead_of_doubled()
    {
        await using var store = await TestStore.CreateAsync();
        var rows = ImportService.ChunkSize + 10;
        var late = rows - 1;
        int? savedId = null;

        var result = await ImportAsync(store, ImportServiceTests.ManyLinkedInRows(rows), report =>
        {
            savedId ??= store.Contacts.CreateAsync(new ContactInput { Name = "Someone Typed", LinkedInUrl = $"https://www.linkedin.com/in/person-{late}" })
                .GetAwaiter().GetResult();
        });

        Assert.Equal(1, result.Counts.Merged);
        Assert.Equal(rows - 1, result.Counts.Created);
        await using var db = store.CreateDbContext();
        var person = await db.Contacts.SingleAsync(c => c.LinkedInKey == $"linkedin.com/in/person-{late}");
        Assert.Equal(savedId, person.Id);
    }

    [Fact]
    public async Task A_company_saved_while_the_import_runs_is_used_by_a_later_row_not_created_twice()
    {
        await using var store = await TestStore.CreateAsync();
        var text = ImportServiceTests.ManyLinkedInRows(ImportService.ChunkSize)
            + "Late,Comer,https://www.linkedin.com/in/late-comer,,Brand New Works,CTO,1 Mar 2021\n";
        var saved = false;

        var result = await ImportAsync(store, text, report =>
        {
            if (!saved)
            {
                store.Contacts.CreateAsync(new ContactInput { Name = "Someone Typed", Company = "Brand New Works" }).GetAwaiter().GetResult();
                saved = true;
            }
        });

        Assert.Equal(ImportService.ChunkSize + 1, result.Counts.Created);
        await using var db = store.CreateDbContext();
        var company = await db.Companies.SingleAsync(c => c.Name == "Brand New Works");
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.CompanyId == company.Id));
    }

    [Fact]
    public async Task An_import_that_fails_after_writing_some_chunks_takes_them_back_and_leaves_no_batch()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Person1 Surname1", Company = "Company 1", Title = "Typed by me" });
        var before = store.Dump();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(store, ImportServiceTests.ManyLinkedInRows(s_rows), report => cancel.Cancel(), cancel.Token));

        Assert.Equal(before, store.Dump());
        Assert.Empty(await store.Importer.ListBatchesAsync());
        await using var db = store.CreateDbContext();
        Assert.Equal(0, await db.ImportBatchItems.CountAsync());
    }

    [Fact]
    public async Task An_import_whose_write_the_store_refuses_takes_back_the_chunks_already_written_and_leaves_no_batch()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Person1 Surname1", Company = "Company 1", Title = "Typed by me" });
        await using (var db = store.CreateDbContext())
        {
            // SQLite itself refuses one row of the third chunk, after two chunks were committed.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER RefuseOne BEFORE INSERT ON Contacts WHEN NEW.Name = 'Person4005 Surname4005' BEGIN SELECT RAISE(ABORT, 'refused by the store'); END;");
        }

        var before = store.Dump();
        var chunks = 0;

        var refused = await Assert.ThrowsAsync<SqliteException>(() => ImportAsync(store, ImportServiceTests.ManyLinkedInRows(s_rows), _ => chunks++));

        Assert.Contains("refused by the store", refused.Message);
        Assert.Equal(2, chunks);
        Assert.Equal(before, store.Dump());
        Assert.Empty(await store.Importer.ListBatchesAsync());
    }

    [Fact]
    public async Task A_large_re_import_that_merges_across_chunks_is_undone_exactly()
    {
        await using var store = await TestStore.CreateAsync();
        var rows = ImportService.ChunkSize + 10;
        await store.ImportTextAsync(ImportServiceTests.ManyLinkedInRows(rows), "Connections.csv");
        var before = store.Dump();
        var withEmails = ImportServiceTests.ManyLinkedInRows(rows).TrimEnd('\n').Split('\n')
            .Select((line, i) => line.Replace(",,Company", $",p{i}@example.com,Company", StringComparison.Ordinal) + "\n");

        var result = await store.ImportTextAsync(string.Concat(withEmails), "Connections.csv");
        Assert.Equal(rows, result.Counts.Merged);

        await store.Importer.UndoAsync(result.BatchId);

        Assert.Equal(before, store.Dump());
    }

    [Fact]
    public async Task An_import_cut_off_between_chunks_is_taken_back_whole_when_the_store_is_next_opened()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Person1 Surname1", Company = "Company 1", Title = "Typed by me" });
        var before = store.Dump();
        var cutOff = await ImportCutOffAfterFirstChunkAsync(store);

        await using var reopened = await TestStore.OpenAsync(cutOff);
        await using (var db = reopened.CreateDbContext())
        {
            Assert.Equal(ImportService.ChunkSize, await db.ImportBatchItems.CountAsync());
        }

        Assert.Equal(1, await reopened.Importer.TakeBackInterruptedAsync());

        Assert.Equal(before, reopened.Dump());
        Assert.Empty(await reopened.Importer.ListBatchesAsync());
        Assert.Equal(0, await reopened.Importer.TakeBackInterruptedAsync());
    }

    [Fact]
    public async Task An_unfinished_import_whose_process_still_runs_is_left_alone()
    {
        await using var store = await TestStore.CreateAsync();
        var cutOff = await ImportCutOffAfterFirstChunkAsync(store);
        await using var reopened = await TestStore.OpenAsync(cutOff);
        var batch = Assert.Single(await reopened.Importer.ListBatchesAsync());

        using (ImportLease.Take(reopened.Location, batch.Id))
        {
            Assert.Equal(0, await reopened.Importer.TakeBackInterruptedAsync());
            Assert.Single(await reopened.Importer.ListBatchesAsync());
        }

        Assert.Equal(1, await reopened.Importer.TakeBackInterruptedAsync());
    }

    // The store as a killed process would leave it: the first chunk committed, the batch unfinished, no one importing.
    private static async Task<string> ImportCutOffAfterFirstChunkAsync(TestStore store)
    {
        var copy = Path.Combine(store.Directory, "cut-off.db");
        await ImportAsync(store, ImportServiceTests.ManyLinkedInRows(ImportService.ChunkSize + 10), report =>
        {
            if (!File.Exists(copy))
            {
                using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $path";
                command.Parameters.AddWithValue("$path", copy);
                command.ExecuteNonQuery();
            }
        });
        return copy;
    }

    private static async Task<ImportResult> ImportAsync(TestStore store, string text, Action<ImportProgress> afterChunk, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(store.WriteFile("Connections.csv", text));
        return await store.Importer.ImportAsync(stream, "Connections.csv", progress: new ImportServiceTests.SynchronousProgress(afterChunk), cancellationToken: cancellationToken);
    }
}
