using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Cli;
using NetworkingCoach.Data;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Cli;

/// <summary>The CLI on a busy database, a full disk and a read-only folder: one clear line and a documented exit code, never a crash, nothing half-written.</summary>
public sealed class StoreFailureTests : IDisposable
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nc-cli-" + Guid.NewGuid().ToString("N"));

    public StoreFailureTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task An_import_into_a_database_another_program_is_writing_waits_then_says_it_is_busy()
    {
        var db = Path.Combine(_directory, "busy.db");
        await CreateWithThreeContactsAsync(db);

        int code;
        string error;
        await using (var writer = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await writer.OpenAsync();
            await using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE; INSERT INTO Tags (Name, NormalizedName) VALUES ('held', 'held');";
            await hold.ExecuteNonQueryAsync();

            (code, _, error) = await CliProcess.RunAsync(new Dictionary<string, string> { [DatabaseLocation.BusyTimeoutVariable] = "1" }, "import", Connections(_directory, "second.csv", 5, "b"), "--db", db);
        }

        Assert.Equal(ExitCodes.Busy, code);
        Assert.Contains("busy", error);
        Assert.DoesNotContain("Unhandled", error);
        Assert.Equal(3L, await CountContactsAsync(db));
    }

    [Fact]
    public async Task An_import_that_fills_the_disk_stops_with_a_clear_line_and_keeps_the_database_whole()
    {
        using var disk = SmallDisk.Mount(kilobytes: 1024);
        var db = Path.Combine(disk.Path, "full.db");
        await CreateWithThreeContactsAsync(db);
        var before = await CountContactsAsync(db);

        var (code, _, error) = await CliProcess.RunAsync(null, "import", Connections(_directory, "big.csv", 20_000, "big"), "--db", db);

        Assert.Equal(ExitCodes.DiskFull, code);
        Assert.Contains("disk is full", error);
        Assert.DoesNotContain("Unhandled", error);
        Assert.Equal(before, await CountContactsAsync(db));
    }

    [Fact]
    public async Task An_import_into_a_read_only_folder_says_so()
    {
        using var disk = SmallDisk.Mount(kilobytes: 4096);
        var db = Path.Combine(disk.Path, "readonly.db");
        await CreateWithThreeContactsAsync(db);
        disk.MakeReadOnly();

        var (code, _, error) = await CliProcess.RunAsync(null, "import", Connections(_directory, "more.csv", 5, "more"), "--db", db);

        Assert.Equal(ExitCodes.CannotWrite, code);
        Assert.Contains("read-only", error);
        Assert.DoesNotContain("Unhandled", error);
    }

    [Fact]
    public async Task An_import_killed_between_chunks_is_taken_back_by_the_next_command()
    {
        var db = Path.Combine(_directory, "killed.db");
        await CreateWithThreeContactsAsync(db);
        var big = Connections(_directory, "big.csv", 60_000, "big");

        using (var import = CliProcess.Start(null, "import", big, "--db", db))
        {
            _ = import.StandardOutput.ReadToEndAsync();
            _ = import.StandardError.ReadToEndAsync();
            // Killed as soon as some chunks are committed and before the last: what a crash or a power cut leaves.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await ScalarAsync(db, "SELECT COUNT(*) FROM ImportBatches WHERE CompletedAt IS NULL") == 0 && !import.HasExited)
            {
                await Task.Delay(20, timeout.Token);
            }

            import.Kill();
            await import.WaitForExitAsync(timeout.Token);
        }

        Assert.True(await ScalarAsync(db, "SELECT COUNT(*) FROM ImportBatches WHERE CompletedAt IS NULL") == 1, "the import finished before it could be killed");
        Assert.True(await CountContactsAsync(db) > 3);

        var (code, _, error) = await CliProcess.RunAsync(null, "import", Connections(_directory, "after.csv", 2, "after"), "--db", db);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(5L, await CountContactsAsync(db));
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM ImportBatches WHERE CompletedAt IS NULL"));
        Assert.Contains("cut off", error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Connections(string directory, string name, int rows, string prefix = "a")
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            text.Append($"{prefix}First{i},Last{i},https://www.linkedin.com/in/{prefix}-{i},{prefix}{i}@example.com,Company {i % 50} with a longer name,Position {i},04 Sep 2025\n");
        }

        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    // The database the command under test meets, made with the same services the CLI runs on; only that command needs its own process.
    private async Task CreateWithThreeContactsAsync(string db)
    {
        var location = DatabaseLocation.ForFile(db);
        await using (var services = new ServiceCollection().AddLogging().AddNetworkingCoachCore(location).BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await using var file = File.OpenRead(Connections(_directory, "first.csv", 3));
            var result = await services.GetRequiredService<ImportService>().ImportAsync(file, "first.csv");
            Assert.Equal(3, result.Counts.New);
        }

        // Nothing of this process keeps the file open while the CLI works on it.
        await using var connection = new SqliteConnection(location.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static Task<long> CountContactsAsync(string db) => ScalarAsync(db, "SELECT COUNT(*) FROM Contacts");

    private static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = sql;
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
