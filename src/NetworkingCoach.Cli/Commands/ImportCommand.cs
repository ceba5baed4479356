using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Imports a contact file as one undoable batch, or previews it with --dry-run.</summary>
public sealed class ImportCommand : ICliCommand
{
    public string Name => "import";
    public string Summary => "Import contacts from a LinkedIn, Google, Outlook, vCard or other CSV file as one undoable batch.";
    public string Usage => "import FILE --db PATH [--format auto|linkedin|google|outlook|vcard|csv] [--map \"Column=Field,...\"] [--skip-likely] [--dry-run] [--json]";
    public IReadOnlySet<string> Flags => new HashSet<string> { "skip-likely", "dry-run", "json" };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        if (arguments.Positionals.Count != 1)
        {
            throw new CliUsageException("Give exactly one file to import.");
        }

        var file = arguments.Positionals[0];
        var db = arguments.Require("db");
        var options = new ImportOptions
        {
            Format = ParseFormat(arguments.Get("format")),
            Mapping = ParseMapping(arguments.Get("map")),
            SkipLikelyMatches = arguments.Has("skip-likely"),
        };
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"The file {file} does not exist.");
            return ExitCodes.Failed;
        }

        if (new FileInfo(file).Length > ImportService.MaxFileBytes)
        {
            console.Error.WriteLine($"The file {file} is larger than {ImportService.MaxFileBytes / 1024 / 1024} MB, the most that can be imported at once. Split it and import the parts.");
            return ExitCodes.Failed;
        }

        await using var services = await CliServices.OpenAsync(db, console.Error);
        var importer = services.GetRequiredService<ImportService>();
        var dryRun = arguments.Has("dry-run");
        ImportSummary summary;
        try
        {
            await using var stream = File.OpenRead(file);
            if (dryRun)
            {
                var preview = await importer.PreviewAsync(stream, Path.GetFileName(file), options with { PreviewRows = 0 });
                summary = new ImportSummary(preview.Format, preview.Counts, null, preview.ProblemRows.Select(r => new SummaryError(r.LineNumber, r.Detail ?? "")).ToList());
            }
            else
            {
                var result = await importer.ImportAsync(stream, Path.GetFileName(file), options);
                summary = new ImportSummary(result.Format, result.Counts, result.BatchId, result.Rejected.Select(r => new SummaryError(r.LineNumber, r.Problem)).ToList());
            }
        }
        catch (ImportException ex)
        {
            console.Error.WriteLine($"{file} was not imported: {ex.Message}");
            console.Error.WriteLine("Nothing was changed.");
            return ExitCodes.Failed;
        }

        if (arguments.Has("json"))
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new
            {
                format = summary.Format.ToString(),
                dryRun,
                batchId = summary.BatchId,
                rows = summary.Counts.Rows,
                created = summary.Counts.Created,
                merged = summary.Counts.Merged,
                duplicates = summary.Counts.LikelyDuplicates,
                skipped = summary.Counts.Skipped,
                errorCount = summary.Counts.Errors,
                errors = summary.Errors.Select(e => new { line = e.Line, message = e.Message }),
            }));
        }
        else
        {
            var verb = dryRun ? "Would import" : "Imported";
            console.Output.WriteLine($"{verb} {Path.GetFileName(file)} ({summary.Format}): {summary.Counts.Rows} rows.");
            console.Output.WriteLine($"  created    {summary.Counts.Created}");
            console.Output.WriteLine($"  merged     {summary.Counts.Merged} (same email or LinkedIn profile as a contact already there)");
            console.Output.WriteLine($"  duplicates {summary.Counts.LikelyDuplicates} (only likely the same as someone already there: created, review them)");
            if (options.SkipLikelyMatches)
            {
                console.Output.WriteLine($"  skipped    {summary.Counts.Skipped} (only likely the same as someone already there: left out)");
            }

            console.Output.WriteLine($"  errors     {summary.Counts.Errors} (skipped)");
            foreach (var error in summary.Errors)
            {
                console.Output.WriteLine($"    line {error.Line}: {error.Message}");
            }

            if (summary.BatchId is { } batchId)
            {
                console.Output.WriteLine($"Batch {batchId}. Undo it with: undo-import {batchId} --db {db}");
            }
        }

        return ExitCodes.Ok;
    }

    private static ImportFormatKind? ParseFormat(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "auto" => null,
        "linkedin" => ImportFormatKind.LinkedIn,
        "google" => ImportFormatKind.Google,
        "outlook" => ImportFormatKind.Outlook,
        "vcard" or "vcf" => ImportFormatKind.VCard,
        "csv" => ImportFormatKind.Csv,
        _ => throw new CliUsageException($"--format must be auto, linkedin, google, outlook, vcard or csv, not \"{text}\"."),
    };

    private static ColumnMapping? ParseMapping(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return ColumnMapping.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new CliUsageException("--map: " + ex.Message);
        }
    }

    private sealed record ImportSummary(ImportFormatKind Format, ImportCounts Counts, int? BatchId, IReadOnlyList<SummaryError> Errors);

    private sealed record SummaryError(int Line, string Message);
}
