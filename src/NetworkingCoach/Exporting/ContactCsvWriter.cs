using System.Globalization;
using System.Text;
using CsvHelper;
using NetworkingCoach.Domain;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Exporting;

/// <summary>
/// Writes contacts as CSV that spreadsheets open safely (see <see cref="FormulaGuard"/>) and that
/// <see cref="GenericCsvFormat"/> maps back without help.
/// </summary>
public sealed class ContactCsvWriter : IDisposable
{
    /// <summary>The header row, whose names <see cref="ColumnMapping.Guess"/> maps to the right fields.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["Name", "Emails", "Phones", "Company", "Title", "Location", "LinkedIn URL", "How We Met", "Known Since", "Birthday", "Closeness", "Tags", "Notes"];

    /// <summary>True for this header, or the one written before contacts had a birthday.</summary>
    public static bool IsOwnHeader(IEnumerable<string> headers)
    {
        var trimmed = headers.Select(h => h.Trim()).ToList();
        return trimmed.SequenceEqual(Header) || trimmed.SequenceEqual(Header.Where(h => h != "Birthday"));
    }

    /// <summary>Separates several emails, phones or tags in one cell.</summary>
    public const string ValueSeparator = "; ";

    private readonly CsvWriter _csv;
    private bool _headerWritten;

    public ContactCsvWriter(TextWriter writer, bool leaveOpen = false)
    {
        // Neutralisation is done by FormulaGuard so that it can be undone exactly on re-import.
        _csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.None, NewLine = "\r\n" }, leaveOpen);
    }

    /// <summary>Writes UTF-8 with a byte order mark, which Excel needs to show accents correctly.</summary>
    public static void WriteAll(Stream stream, IEnumerable<ExportedContact> contacts)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
        using var writer = new ContactCsvWriter(text, leaveOpen: true);
        foreach (var contact in contacts)
        {
            writer.Write(contact);
        }
    }

    public void Write(ExportedContact contact)
    {
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. Header]);
            _headerWritten = true;
        }

        string[] fields =
        [
            contact.Name,
            Join(contact.Emails),
            Join(contact.Phones),
            contact.Company ?? "",
            contact.Title ?? "",
            contact.Location ?? "",
            contact.LinkedInUrl ?? "",
            contact.HowWeMet ?? "",
            contact.KnownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            contact.Birthday is { } birthday ? Birthday.ToIso(birthday) : "",
            contact.Closeness?.ToString(CultureInfo.InvariantCulture) ?? "",
            string.Join(ValueSeparator, contact.Tags),
            contact.Notes ?? "",
        ];
        _csv.WriteRecord(fields.Select(FormulaGuard.Neutralize).ToArray());
    }

    public void Flush() => _csv.Flush();

    public void Dispose()
    {
        if (!_headerWritten)
        {
            _csv.WriteRecord([.. Header]);
            _headerWritten = true;
        }

        _csv.Dispose();
    }

    private static string Join(IEnumerable<LabeledValue> values) =>
        string.Join(ValueSeparator, values.Select(v => v.Label is null ? v.Value : $"{v.Label}: {v.Value}"));
}
