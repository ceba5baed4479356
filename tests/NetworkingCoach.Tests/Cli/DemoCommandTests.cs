using NetworkingCoach.Cli;

namespace NetworkingCoach.Tests.Cli;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_seeds_an_empty_database_and_refuses_a_second_time()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nc-cli-" + Guid.NewGuid().ToString("N")[..8]);
        var db = Path.Combine(directory, "demo.db");
        try
        {
            var (code, output, _) = await Run("demo", "--db", db, "--contacts", "40");
            var (again, _, error) = await Run("demo", "--db", db);

            Assert.Equal(ExitCodes.Ok, code);
            Assert.StartsWith("Added 40 contacts", output);
            Assert.Equal(ExitCodes.Failed, again);
            Assert.Contains("already holds 40 contacts", error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Help_lists_the_commands_and_wrong_usage_exits_with_two()
    {
        var (help, output, _) = await Run("--help");
        var (missing, _, error) = await Run("demo");
        var (unknown, _, unknownError) = await Run("fly");

        Assert.Equal(ExitCodes.Ok, help);
        Assert.Contains("demo", output);
        Assert.Equal(ExitCodes.Usage, missing);
        Assert.Contains("--db is required", error);
        Assert.Equal(ExitCodes.Usage, unknown);
        Assert.Contains("Unknown command 'fly'", unknownError);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
