using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Loads an everything export into a new, empty database.</summary>
public sealed class ImportAllCommand : ICliCommand
{
    public string Name => "import-all";
    public string Summary => "Load an export-all JSON file into a new, empty database (exit 0 done, 1 refused or failed, 2 usage).";
    public string Usage => "import-all FILE.json --db PATH";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var file = arguments.Positionals.Count == 1 ? arguments.Positionals[0] : throw new CliUsageException("Name one export file to load.");
        var db = arguments.Require("db");
        await using var services = await CliServices.OpenAsync(db, console.Error);
        try
        {
            await using var stream = File.OpenRead(file);
            var counts = await services.GetRequiredService<EverythingExportService>().ImportAsync(stream);
            console.Output.WriteLine($"Loaded {counts.GetValueOrDefault("Contacts"):N0} contacts ({counts.Values.Sum():N0} rows) into {Path.GetFullPath(db)}.");
            return ExitCodes.Ok;
        }
        catch (ExportFileException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
