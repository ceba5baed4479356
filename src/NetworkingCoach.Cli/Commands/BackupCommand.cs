using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Backups;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Writes a checked, consistent copy of a database (safe while the app runs).</summary>
public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";
    public string Summary => "Back up a database to a file: a consistent copy, checked before it is named (exit 0 done, 1 failed, 2 usage).";
    public string Usage => "backup --db PATH --out FILE";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var db = arguments.Require("db");
        var output = arguments.Require("out");
        if (!File.Exists(db))
        {
            console.Error.WriteLine($"There is no database at {Path.GetFullPath(db)}.");
            return ExitCodes.Failed;
        }

        await using var services = await CliServices.OpenAsync(db, console.Error);
        try
        {
            var backup = await services.GetRequiredService<BackupService>().BackUpToAsync(output);
            console.Output.WriteLine($"Backed up {backup.Counts.GetValueOrDefault("Contacts")} contacts to {backup.Path} ({backup.SizeBytes:N0} bytes, checked).");
            return ExitCodes.Ok;
        }
        catch (BackupException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
