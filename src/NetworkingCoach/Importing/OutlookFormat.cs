using System.Text.RegularExpressions;

namespace NetworkingCoach.Importing;

/// <summary>Outlook CSV, from the web app or classic desktop Outlook; Title there is an honorific and is ignored.</summary>
public sealed partial class OutlookFormat : ICsvRowMapper
{
    private static readonly (string Address, string Type)[] s_emailSlots =
    [
        ("E-mail Address", "E-mail Type"),
        ("E-mail 2 Address", "E-mail 2 Type"),
        ("E-mail 3 Address", "E-mail 3 Type"),
    ];

    private readonly HeaderIndex _columns;
    private readonly List<(int Index, string Label)> _phones = [];

    public OutlookFormat(IReadOnlyList<string> headers)
    {
        _columns = new HeaderIndex(headers);
        for (var i = 0; i < headers.Count; i++)
        {
            var match = PhoneColumn().Match(headers[i].Trim());
            if (match.Success)
            {
                var label = match.Groups[1].Value.Trim();
                _phones.Add((i, label.Equals("Business", StringComparison.OrdinalIgnoreCase) ? "Work" : label));
            }
        }
    }

    public ImportFormatKind Kind => ImportFormatKind.Outlook;

    /// <summary>Whether a record is an Outlook header: "E-mail Address" beside Outlook's name and phone columns.</summary>
    public static bool IsHeader(IReadOnlyList<string> fields)
    {
        var columns = new HeaderIndex(fields);
        return columns.Has("E-mail Address") && columns.Has("First Name")
            && (columns.Has("Job Title") || columns.Has("Business Phone") || columns.Has("Mobile Phone") || columns.Has("E-mail Type"));
    }

    public ImportedRow Map(int lineNumber, IReadOnlyList<string> fields)
    {
        var problems = new List<string>();
        var emails = new List<LabeledValue>();
        foreach (var (addressColumn, typeColumn) in s_emailSlots)
        {
            var address = _columns.Get(fields, addressColumn);
            var type = _columns.Get(fields, typeColumn);
            // Desktop Outlook puts Exchange addresses (/o=ExchangeLabs/ou=...) in a slot with type EX.
            if (address is null || !address.Contains('@') || address.StartsWith('/')
                || (type is not null && !type.Equals("SMTP", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            emails.Add(new LabeledValue(address));
        }

        var name = ImportText.JoinName(
            _columns.Get(fields, "First Name"), _columns.Get(fields, "Middle Name"), _columns.Get(fields, "Last Name"));
        if (name.Length == 0)
        {
            name = _columns.Get(fields, "Nickname", "E-mail Display Name") ?? "";
        }

        if (name.Length == 0)
        {
            problems.Add("No name.");
        }

        var (notes, birthday) = ImportText.WithBirthday(_columns.Get(fields, "Notes"), _columns.Get(fields, "Birthday"));
        return new ImportedRow
        {
            LineNumber = lineNumber,
            Source = ImportFormatKind.Outlook,
            Name = name,
            Emails = emails,
            Phones = _phones
                .Select(p => (Value: ImportText.Clean(HeaderIndex.At(fields, p.Index)), p.Label))
                .Where(p => p.Value is not null)
                .Select(p => new LabeledValue(p.Value!, p.Label))
                .ToList(),
            Company = _columns.Get(fields, "Company"),
            Title = _columns.Get(fields, "Job Title"),
            Location = _columns.Get(fields, "Business City", "Home City", "Other City"),
            LinkedInUrl = _columns.Get(fields, "Web Page", "Personal Web Page") is { } page && ImportText.IsLinkedIn(page) ? page : null,
            Notes = notes,
            Birthday = birthday,
            Tags = ImportText.Split(_columns.Get(fields, "Categories"), ";", ",").Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Problems = problems,
            RawFields = [.. fields],
        };
    }

    [GeneratedRegex(@"^(.+?) Phone(?: \d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneColumn();
}
