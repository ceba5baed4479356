namespace NetworkingCoach.Importing;

/// <summary>LinkedIn's Connections.csv: columns found by name, "Connected On" becomes KnownSince.</summary>
public sealed class LinkedInConnectionsFormat(IReadOnlyList<string> headers) : ICsvRowMapper
{
    private readonly HeaderIndex _columns = new(headers);

    public ImportFormatKind Kind => ImportFormatKind.LinkedIn;

    /// <summary>Whether a record is LinkedIn's header row (the file starts with a "Notes:" preamble).</summary>
    public static bool IsHeader(IReadOnlyList<string> fields)
    {
        var columns = new HeaderIndex(fields);
        return columns.Has("First Name") && columns.Has("Last Name")
            && (columns.Has("Connected On") || (columns.Has("URL") && columns.Has("Position")));
    }

    public ImportedRow Map(int lineNumber, IReadOnlyList<string> fields)
    {
        var problems = new List<string>();
        DateOnly? knownSince = null;
        var connectedOn = _columns.Get(fields, "Connected On");
        if (connectedOn is not null)
        {
            if (ImportDates.TryParse(connectedOn, out var date))
            {
                knownSince = date;
            }
            else
            {
                problems.Add($"Connected On \"{connectedOn}\" is not a date.");
            }
        }

        var email = _columns.Get(fields, "Email Address");
        var name = ImportText.JoinName(_columns.Get(fields, "First Name"), _columns.Get(fields, "Last Name"));
        if (name.Length == 0)
        {
            problems.Add("No name.");
        }

        return new ImportedRow
        {
            LineNumber = lineNumber,
            Source = ImportFormatKind.LinkedIn,
            Name = name,
            Emails = email is null ? [] : [new LabeledValue(email)],
            Company = _columns.Get(fields, "Company"),
            Title = _columns.Get(fields, "Position"),
            LinkedInUrl = _columns.Get(fields, "URL", "Profile URL"),
            KnownSince = knownSince,
            Problems = problems,
            RawFields = [.. fields],
        };
    }
}
