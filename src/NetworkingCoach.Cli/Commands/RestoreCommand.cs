using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Backups;
using NetworkingCoach.Data;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Restores a backup over a database after checking it; an existing database needs --force and is kept as a backup.</summary>
public sealed class RestoreCommand : ICliCommand
{
    public string Name => "restore";
    public string Summary => "Restore a backup (checked first; an older release's is migrated). Exit 0 done, 1 failed, 2 usage, 10 file refused, 11 database exists without --force.";
    public string Usage => "restore FILE --db PATH [--force]";
    public IReadOnlySet<string> Flags => new HashSet<string> { "force" };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var file = arguments.Positionals.Count == 1 ? arguments.Positionals[0] : throw new CliUsageException("Name one backup file to restore.");
        var db = arguments.Require("db");

        // Not opened through CliServices: that would create or migrate the target before the file is checked.
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(console.Error)).SetMinimumLevel(LogLevel.Warning));
        services.AddNetworkingCoachCore(DatabaseLocation.ForFile(db));
        await using var provider = services.BuildServiceProvider();
        var restore = provider.GetRequiredService<RestoreService>();
        var check = await restore.VerifyAsync(file);
        if (!check.IsUsable)
        {
            console.Error.WriteLine($"Not restored: {check.Problem} The database was not changed.");
            return BackupExitCodes.Refused;
        }

        if (File.Exists(db) && new FileInfo(db).Length > 0 && !arguments.Has("force"))
        {
            console.Error.WriteLine($"{Path.GetFullPath(db)} already holds a database. Restoring replaces it (it is kept as a backup first): add --force. Nothing was changed.");
            return BackupExitCodes.NeedsForce;
        }

        try
        {
            var result = await restore.RestoreAsync(file, arguments.Has("force"));
            console.Output.WriteLine($"Restored {result.Counts.GetValueOrDefault("Contacts")} contacts and {result.Counts.GetValueOrDefault("Touchpoints")} touchpoints to {Path.GetFullPath(db)}"
                + (result.Migrated ? ", upgraded to this release's schema." : "."));
            if (result.ReplacedDatabaseKeptAt is { } kept)
            {
                console.Output.WriteLine($"The database it replaced is kept at {kept}.");
            }

            return ExitCodes.Ok;
        }
        catch (BackupException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
