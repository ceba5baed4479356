using System.Text.RegularExpressions;

namespace NetworkingCoach.Importing;

/// <summary>Google Contacts CSV, both the current header and the legacy "Google CSV" one.</summary>
public sealed partial class GoogleContactsFormat : ICsvRowMapper
{
    private static readonly HashSet<string> s_systemGroups = new(StringComparer.OrdinalIgnoreCase) { "* myContacts", "* starred" };

    private readonly HeaderIndex _columns;
    private readonly List<Group> _emails = [];
    private readonly List<Group> _phones = [];
    private readonly List<Group> _websites = [];
    private readonly List<int> _cities = [];

    public GoogleContactsFormat(IReadOnlyList<string> headers)
    {
        _columns = new HeaderIndex(headers);
        var groups = new SortedDictionary<(string Kind, int Number), Group>();
        for (var i = 0; i < headers.Count; i++)
        {
            var match = GroupColumn().Match(headers[i].Trim());
            if (!match.Success)
            {
                continue;
            }

            var key = (match.Groups[1].Value.ToLowerInvariant(), int.Parse(match.Groups[2].Value));
            var group = groups.TryGetValue(key, out var existing) ? existing : groups[key] = new Group();
            switch (match.Groups[3].Value.ToLowerInvariant())
            {
                case "value":
                    group.Value = i;
                    break;
                case "city":
                    _cities.Add(i);
                    break;
                default:
                    group.Label = i;
                    break;
            }
        }

        foreach (var ((kind, _), group) in groups.Where(g => g.Value.Value is not null))
        {
            (kind switch { "e-mail" => _emails, "phone" => _phones, _ => _websites }).Add(group);
        }
    }

    public ImportFormatKind Kind => ImportFormatKind.Google;

    /// <summary>Whether a record is a Google Contacts header: numbered "E-mail 1 - Value" groups or Google's grouping columns.</summary>
    public static bool IsHeader(IReadOnlyList<string> fields)
    {
        var columns = new HeaderIndex(fields);
        return fields.Any(f => GroupColumn().Match(f.Trim()) is { Success: true } m && m.Groups[1].Value is "E-mail" or "Phone")
            || columns.Has("Group Membership")
            || (columns.Has("Labels") && columns.Has("Organization Name"));
    }

    public ImportedRow Map(int lineNumber, IReadOnlyList<string> fields)
    {
        var problems = new List<string>();
        var name = _columns.Get(fields, "Name")
            ?? ImportText.JoinName(
                _columns.Get(fields, "First Name", "Given Name"),
                _columns.Get(fields, "Middle Name", "Additional Name"),
                _columns.Get(fields, "Last Name", "Family Name"));
        if (name.Length == 0)
        {
            name = _columns.Get(fields, "Nickname", "File As") ?? "";
        }

        if (name.Length == 0)
        {
            problems.Add("No name.");
        }

        var websites = _websites
            .SelectMany(g => ImportText.Split(HeaderIndex.At(fields, g.Value), ":::"))
            .Where(ImportText.IsLinkedIn);

        var (notes, birthday) = ImportText.WithBirthday(_columns.Get(fields, "Notes"), _columns.Get(fields, "Birthday"));
        return new ImportedRow
        {
            LineNumber = lineNumber,
            Source = ImportFormatKind.Google,
            Name = name,
            Emails = Values(fields, _emails),
            Phones = Values(fields, _phones),
            Company = ImportText.FirstValue(_columns.Get(fields, "Organization 1 - Name", "Organization Name")),
            Title = ImportText.FirstValue(_columns.Get(fields, "Organization 1 - Title", "Organization Title")),
            Location = _cities.Select(i => ImportText.FirstValue(HeaderIndex.At(fields, i))).FirstOrDefault(c => c is not null),
            LinkedInUrl = websites.FirstOrDefault(),
            Notes = notes,
            Birthday = birthday,
            Tags = Tags(_columns.Get(fields, "Group Membership", "Labels")),
            Problems = problems,
            RawFields = [.. fields],
        };
    }

    private static List<string> Tags(string? membership) =>
        ImportText.Split(membership, ":::")
            .Where(g => !s_systemGroups.Contains(g))
            .Select(g => g.StartsWith("* ", StringComparison.Ordinal) ? g[2..].Trim() : g)
            .Where(g => g.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // A label starting with "* " marks Google's primary value; it goes first.
    private static List<LabeledValue> Values(IReadOnlyList<string> fields, List<Group> groups)
    {
        var primary = new List<LabeledValue>();
        var others = new List<LabeledValue>();
        foreach (var group in groups)
        {
            var values = ImportText.Split(HeaderIndex.At(fields, group.Value), ":::").ToList();
            var labels = ImportText.Split(HeaderIndex.At(fields, group.Label), ":::").ToList();
            for (var i = 0; i < values.Count; i++)
            {
                var label = labels.Count == values.Count ? labels[i] : labels.FirstOrDefault();
                var isPrimary = label?.StartsWith('*') == true;
                var cleaned = ImportText.Clean(isPrimary ? label![1..] : label);
                (isPrimary ? primary : others).Add(new LabeledValue(values[i], cleaned));
            }
        }

        return [.. primary, .. others];
    }

    [GeneratedRegex(@"^(E-mail|Phone|Website|Address) (\d+) - (Type|Label|Value|City)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupColumn();

    private sealed class Group
    {
        public int? Label { get; set; }
        public int? Value { get; set; }
    }
}
