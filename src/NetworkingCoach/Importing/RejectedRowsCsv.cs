using System.Text;
using CsvHelper;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Importing;

/// <summary>Writes the rows an import skipped as CSV: their original fields, then the line and the problem.</summary>
public static class RejectedRowsCsv
{
    public static void Write(Stream stream, ImportFormatKind format, IReadOnlyList<string> headers, IEnumerable<RejectedRow> rows)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.None, NewLine = "\r\n" }, leaveOpen: true);
        var vCard = format == ImportFormatKind.VCard || headers.Count == 0;
        string[] header = vCard ? ["vCard", "Line", "Problem"] : [.. headers, "Line", "Problem"];
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            IEnumerable<string> fields = vCard ? [string.Join("\n", row.RawFields)] : row.RawFields;
            if (!vCard)
            {
                // Pad or cut to the header so the Line and Problem columns stay aligned.
                fields = fields.Concat(Enumerable.Repeat("", Math.Max(0, headers.Count - row.RawFields.Count))).Take(headers.Count);
            }

            // The file is meant to be opened in a spreadsheet, so cells that would run as formulas are neutralised.
            csv.WriteRecord(fields.Append(row.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(row.Problem).Select(FormulaGuard.Neutralize).ToArray());
        }
    }
}
