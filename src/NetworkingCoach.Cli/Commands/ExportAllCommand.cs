using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Writes the whole network (every table) to a portable JSON file.</summary>
public sealed class ExportAllCommand : ICliCommand
{
    public string Name => "export-all";
    public string Summary => "Export everything (contacts, companies, tags, touchpoints, meetings, referrals, messages, reminders, settings) to JSON.";
    public string Usage => "export-all --db PATH --out FILE.json";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var db = arguments.Require("db");
        var path = arguments.Require("out");
        await using var services = await CliServices.OpenAsync(db, console.Error);
        long rows;
        await using (var stream = File.Create(path))
        {
            rows = await services.GetRequiredService<EverythingExportService>().ExportAsync(stream, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        }

        console.Output.WriteLine($"Exported {rows:N0} rows to {Path.GetFullPath(path)}.");
        return ExitCodes.Ok;
    }
}
