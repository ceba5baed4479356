using NetworkingCoach.Domain;
using NetworkingCoach.Exporting;

namespace NetworkingCoach.Importing;

/// <summary>Any CSV file with a header row, read through a <see cref="ColumnMapping"/>.</summary>
public sealed class GenericCsvFormat : ICsvRowMapper
{
    // Column names that say nothing about the kind of address or number, so they give no label.
    private static readonly HashSet<string> s_unlabelled =
    [
        "email", "emails", "emailaddress", "emailaddresses", "mail", "emailaddr",
        "phone", "phones", "phonenumber", "phonenumbers", "telephone", "tel",
    ];

    private readonly (int Index, string Header, ImportField Field, string? Label)[] _columns;
    private readonly bool _isOwnExport;

    public GenericCsvFormat(IReadOnlyList<string> headers, ColumnMapping mapping)
    {
        Mapping = mapping;
        _columns = headers
            .Select((header, index) => (Index: index, Header: header.Trim(), Field: mapping[header], Label: LabelOf(header)))
            .Where(c => c.Field != ImportField.Ignore)
            .ToArray();
        _isOwnExport = ContactCsvWriter.IsOwnHeader(headers);
    }

    public ImportFormatKind Kind => ImportFormatKind.Csv;

    public ColumnMapping Mapping { get; }

    public ImportedRow Map(int lineNumber, IReadOnlyList<string> fields)
    {
        var problems = new List<string>();
        var emails = new List<LabeledValue>();
        var phones = new List<LabeledValue>();
        var tags = new List<string>();
        var notes = new List<string>();
        string? name = null, first = null, middle = null, last = null;
        string? company = null, title = null, location = null, linkedIn = null, howWeMet = null;
        DateOnly? knownSince = null;
        DateOnly? birthday = null;
        int? closeness = null;

        foreach (var (index, header, field, label) in _columns)
        {
            var raw = HeaderIndex.At(fields, index);
            var value = ImportText.Clean(raw is not null && _isOwnExport ? FormulaGuard.Restore(raw) : raw);
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case ImportField.Name:
                    name ??= value;
                    break;
                case ImportField.FirstName:
                    first ??= value;
                    break;
                case ImportField.MiddleName:
                    middle ??= value;
                    break;
                case ImportField.LastName:
                    last ??= value;
                    break;
                case ImportField.Email:
                    emails.AddRange(Labelled(ImportText.Split(value, ":::", ";", ","), label));
                    break;
                case ImportField.Phone:
                    phones.AddRange(Labelled(ImportText.Split(value, ":::", ";"), label));
                    break;
                case ImportField.Company:
                    company ??= value;
                    break;
                case ImportField.Title:
                    title ??= value;
                    break;
                case ImportField.Location:
                    location ??= value;
                    break;
                case ImportField.LinkedInUrl:
                    linkedIn ??= value;
                    break;
                case ImportField.HowWeMet:
                    howWeMet ??= value;
                    break;
                case ImportField.KnownSince when knownSince is null:
                    if (ImportDates.TryParse(value, out var date))
                    {
                        knownSince = date;
                    }
                    else
                    {
                        problems.Add($"{header} \"{value}\" is not a date.");
                    }

                    break;
                case ImportField.Birthday when birthday is null:
                    if (Birthday.TryParse(value, out var born))
                    {
                        birthday = born;
                    }
                    else
                    {
                        problems.Add($"{header} \"{value}\" is not a date; write it as 1985-04-15, or --04-15 without the year.");
                    }

                    break;
                case ImportField.Closeness when closeness is null:
                    if (int.TryParse(value, out var level) && level is >= 1 and <= 5)
                    {
                        closeness = level;
                    }
                    else
                    {
                        problems.Add($"{header} \"{value}\" is not a number from 1 to 5.");
                    }

                    break;
                case ImportField.Notes:
                    notes.Add(value);
                    break;
                case ImportField.Tags:
                    tags.AddRange(ImportText.Split(value, ":::", ";", ","));
                    break;
            }
        }

        name ??= ImportText.JoinName(first, middle, last);
        if (name.Length == 0)
        {
            problems.Add("No name.");
        }

        return new ImportedRow
        {
            LineNumber = lineNumber,
            Source = ImportFormatKind.Csv,
            Name = name,
            Emails = emails,
            Phones = phones,
            Company = company,
            Title = title,
            Location = location,
            LinkedInUrl = linkedIn,
            HowWeMet = howWeMet,
            KnownSince = knownSince,
            Birthday = birthday,
            Closeness = closeness,
            Notes = notes.Count == 0 ? null : string.Join("\n", notes),
            Tags = tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Problems = problems,
            RawFields = [.. fields],
        };
    }

    // "Work: ann@example.com" carries its own label, as ContactCsvWriter writes it.
    private static IEnumerable<LabeledValue> Labelled(IEnumerable<string> values, string? columnLabel)
    {
        foreach (var value in values)
        {
            var colon = value.IndexOf(": ", StringComparison.Ordinal);
            yield return colon > 0
                ? new LabeledValue(value[(colon + 2)..].Trim(), value[..colon].Trim())
                : new LabeledValue(value, columnLabel);
        }
    }

    private static string? LabelOf(string header)
    {
        var key = ColumnMapping.Simplify(header);
        var withoutDigits = new string(key.Where(c => !char.IsDigit(c)).ToArray());
        return s_unlabelled.Contains(key) || s_unlabelled.Contains(withoutDigits) ? null : header.Trim();
    }
}
