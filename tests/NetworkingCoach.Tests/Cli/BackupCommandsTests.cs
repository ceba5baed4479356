using NetworkingCoach.Cli;
using NetworkingCoach.Cli.Commands;

namespace NetworkingCoach.Tests.Cli;

public sealed class BackupCommandsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nc-cli-backup-" + Guid.NewGuid().ToString("N"));

    public BackupCommandsTests() => Directory.CreateDirectory(_directory);

    private string Db => Path.Combine(_directory, "cli.db");

    [Fact]
    public async Task Backup_then_restore_into_a_new_file_brings_the_contacts_back()
    {
        Assert.Equal(ExitCodes.Ok, (await RunAsync("demo", "--db", Db, "--contacts", "20")).Code);
        var backup = Path.Combine(_directory, "copy.db");

        var (code, output, _) = await RunAsync("backup", "--db", Db, "--out", backup);
        var restored = Path.Combine(_directory, "restored.db");
        var (restoreCode, restoreOutput, _) = await RunAsync("restore", backup, "--db", restored);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Backed up 20 contacts", output);
        Assert.Equal(ExitCodes.Ok, restoreCode);
        Assert.Contains("Restored 20 contacts", restoreOutput);
    }

    [Fact]
    public async Task Restore_over_a_database_without_force_exits_11_and_changes_nothing()
    {
        await RunAsync("demo", "--db", Db, "--contacts", "5");
        var backup = Path.Combine(_directory, "copy.db");
        await RunAsync("backup", "--db", Db, "--out", backup);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(Db);

        var (code, _, error) = await RunAsync("restore", backup, "--db", Db);

        Assert.Equal(BackupExitCodes.NeedsForce, code);
        Assert.Contains("--force", error);
        Assert.Equal(before, await File.ReadAllBytesAsync(Db));
        Assert.Equal(ExitCodes.Ok, (await RunAsync("restore", backup, "--db", Db, "--force")).Code);
    }

    [Fact]
    public async Task Restoring_random_bytes_exits_10_with_the_reason_and_creates_no_database()
    {
        var junk = Path.Combine(_directory, "junk.db");
        await File.WriteAllBytesAsync(junk, Enumerable.Range(0, 5000).Select(i => (byte)(i % 253)).ToArray());

        var (code, _, error) = await RunAsync("restore", junk, "--db", Db);

        Assert.Equal(BackupExitCodes.Refused, code);
        Assert.Contains("not a SQLite database", error);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Export_all_then_import_all_into_an_empty_database_loads_every_contact()
    {
        await RunAsync("demo", "--db", Db, "--contacts", "15");
        var json = Path.Combine(_directory, "network.json");

        var (code, _, _) = await RunAsync("export-all", "--db", Db, "--out", json);
        var (loadCode, output, _) = await RunAsync("import-all", json, "--db", Path.Combine(_directory, "new.db"));

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(ExitCodes.Ok, loadCode);
        Assert.Contains("Loaded 15 contacts", output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
