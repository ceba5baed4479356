using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Exports every contact to a CSV or vCard 4.0 file.</summary>
public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";
    public string Summary => "Export all contacts to CSV (safe to open in a spreadsheet) or vCard 4.0.";
    public string Usage => "export --db PATH --out FILE [--format csv|vcard]";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var db = arguments.Require("db");
        var path = arguments.Require("out");
        var format = arguments.Get("format")?.ToLowerInvariant() switch
        {
            null or "" or "csv" => ExportFormat.Csv,
            "vcard" or "vcf" => ExportFormat.VCard,
            var other => throw new CliUsageException($"--format must be csv or vcard, not \"{other}\"."),
        };

        await using var services = await CliServices.OpenAsync(db, console.Error);
        int count;
        await using (var stream = File.Create(path))
        {
            count = await services.GetRequiredService<ContactExportService>().WriteAsync(stream, format);
        }

        console.Output.WriteLine($"Exported {count} contacts to {Path.GetFullPath(path)}.");
        return ExitCodes.Ok;
    }
}
