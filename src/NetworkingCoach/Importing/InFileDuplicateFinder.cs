using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Spots rows of one file that are the same person, one row at a time: it keeps only a dictionary of
/// keys (emails, LinkedIn profiles, name and company) to the first line that had them.
/// </summary>
public sealed class InFileDuplicateFinder
{
    private readonly Dictionary<string, int> _firstLineByKey = new(StringComparer.Ordinal);

    /// <summary>Pairs every row with its match against earlier rows, or null, streaming.</summary>
    public static IEnumerable<(ImportedRow Row, DuplicateMatch? Match)> Find(IEnumerable<ImportedRow> rows)
    {
        var finder = new InFileDuplicateFinder();
        foreach (var row in rows)
        {
            yield return (row, finder.Add(row));
        }
    }

    /// <summary>Records the row's keys and returns the strongest match with an earlier row, if any.</summary>
    public DuplicateMatch? Add(ImportedRow row)
    {
        var strong = row.Emails
            .Select(e => ContactKeys.NormalizeEmail(e.Value))
            .Where(k => k.Length > 0)
            .Select(k => (Key: "email:" + k, Reason: $"same email as line {{0}} ({k})"))
            .ToList();
        if (ContactKeys.CanonicalLinkedInUrl(row.LinkedInUrl) is { } profile)
        {
            strong.Add(("linkedin:" + profile, $"same LinkedIn profile as line {{0}} ({profile})"));
        }

        var likelyKey = ContactKeys.LikelyDuplicateKey(row.Name, row.Company);
        DuplicateMatch? match = null;
        foreach (var (key, reason) in strong)
        {
            if (match is null && _firstLineByKey.TryGetValue(key, out var first))
            {
                match = new DuplicateMatch(row.LineNumber, first, DuplicateKind.SamePerson, reason.Replace("{0}", first.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            _firstLineByKey.TryAdd(key, row.LineNumber);
        }

        if (likelyKey.Length > 0)
        {
            if (match is null && _firstLineByKey.TryGetValue("name:" + likelyKey, out var first))
            {
                match = new DuplicateMatch(row.LineNumber, first, DuplicateKind.Likely, $"same name and company as line {first}");
            }

            _firstLineByKey.TryAdd("name:" + likelyKey, row.LineNumber);
        }

        return match;
    }
}
