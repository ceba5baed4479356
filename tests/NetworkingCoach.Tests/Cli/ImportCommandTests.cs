using System.Text;
using System.Text.Json;
using NetworkingCoach.Cli;

namespace NetworkingCoach.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nc-cli-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_directory);

    private string Db => Path.Combine(_directory, "cli.db");

    [Fact]
    public async Task Import_with_json_prints_the_summary_with_error_lines_and_exits_zero()
    {
        var file = Write("Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ann,Archer,https://www.linkedin.com/in/ann-archer,ann@example.com,Acme,CTO,04 Sep 2025\n"
            + "Bad,Mail,https://www.linkedin.com/in/bad,bad@@example,Acme,CTO,04 Sep 2025\n");

        var (code, output, _) = await RunAsync("import", file, "--db", Db, "--json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("LinkedIn", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("rows").GetInt32());
        Assert.Equal(1, root.GetProperty("created").GetInt32());
        Assert.Equal(0, root.GetProperty("merged").GetInt32());
        Assert.Equal(0, root.GetProperty("duplicates").GetInt32());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("is not an email address", error.GetProperty("message").GetString());

        var (again, secondOutput, _) = await RunAsync("import", file, "--db", Db, "--json");
        Assert.Equal(ExitCodes.Ok, again);
        using var second = JsonDocument.Parse(secondOutput);
        Assert.Equal(0, second.RootElement.GetProperty("created").GetInt32());
        Assert.Equal(1, second.RootElement.GetProperty("merged").GetInt32());
    }

    [Fact]
    public async Task Skip_likely_leaves_out_rows_that_only_likely_match_and_counts_them()
    {
        await RunAsync("import", Write("first.csv", "Name,Company\nSam Lee,Acme\n"), "--db", Db);
        var file = Write("second.csv", "Name,Company\nSam Lee,Globex\nKatherine Lee,Initech\n");

        var (code, output, _) = await RunAsync("import", file, "--db", Db, "--skip-likely", "--json");
        var (_, text, _) = await RunAsync("import", file, "--db", Db, "--skip-likely", "--dry-run");

        Assert.Equal(ExitCodes.Ok, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("created").GetInt32());
        Assert.Equal(0, root.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, root.GetProperty("skipped").GetInt32());
        Assert.Contains("skipped    1", text);
        var (_, exported, _) = await RunAsync("export", "--db", Db, "--out", Path.Combine(_directory, "out.csv"));
        Assert.Contains("Exported 2 contacts", exported);
    }

    [Fact]
    public async Task Without_skip_likely_a_likely_match_is_created_for_review()
    {
        await RunAsync("import", Write("first.csv", "Name,Company\nSam Lee,Acme\n"), "--db", Db);

        var (_, output, _) = await RunAsync("import", Write("second.csv", "Name,Company\nSam Lee,Globex\n"), "--db", Db, "--json");

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, root.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Dry_run_reports_without_importing()
    {
        var file = Write("people.csv", "Full name,Mail\nAnn Archer,ann@example.com\n");

        var (code, output, _) = await RunAsync("import", file, "--db", Db, "--dry-run", "--json", "--format", "csv", "--map", "Full name=Name,Mail=Email");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("created").GetInt32());
        var (_, exported, _) = await RunAsync("export", "--db", Db, "--out", Path.Combine(_directory, "out.csv"));
        Assert.Contains("Exported 0 contacts", exported);
    }

    [Fact]
    public async Task A_rejected_file_exits_non_zero_with_a_clear_message()
    {
        var file = Path.Combine(_directory, "junk.csv");
        await File.WriteAllBytesAsync(file, [0x50, 0x4B, 0x00, 0x00, 0x13, 0x00, 0xFF, 0x01]);

        var (code, output, error) = await RunAsync("import", file, "--db", Db, "--json");

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("", output);
        Assert.Contains("was not imported", error);
        Assert.Contains("Nothing was changed", error);
    }

    [Fact]
    public async Task A_wrong_format_name_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("import", Write("a.csv", "Name\nAnn\n"), "--db", Db, "--format", "excel");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--format", error);
    }

    [Fact]
    public async Task Export_and_undo_import_work_from_the_command_line()
    {
        var file = Write("people.csv", "Name,Email\nAnn Archer,ann@example.com\nBo Brown,bo@example.com\n");
        await RunAsync("import", file, "--db", Db);
        var vcf = Path.Combine(_directory, "out.vcf");

        var (exportCode, _, _) = await RunAsync("export", "--db", Db, "--out", vcf, "--format", "vcard");
        var (undoCode, undoOutput, _) = await RunAsync("undo-import", "1", "--db", Db);
        var (againCode, _, againError) = await RunAsync("undo-import", "1", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exportCode);
        Assert.Equal(2, File.ReadAllText(vcf).Split("BEGIN:VCARD").Length - 1);
        Assert.Equal(ExitCodes.Ok, undoCode);
        Assert.Contains("undone", undoOutput);
        Assert.Equal(ExitCodes.Failed, againCode);
        Assert.Contains("already undone", againError);
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
            // Left for the OS to clean up.
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
