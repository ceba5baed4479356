using System.Globalization;
using NetworkingCoach.Matching;

namespace NetworkingCoach.Importing;

/// <summary>
/// Spots rows of one file that are the same person, one row at a time, with the same-person matcher: it keeps
/// only an index of keys to the first line that had them.
/// </summary>
public sealed class InFileDuplicateFinder(SamePersonMatcher? matcher = null)
{
    private readonly SamePersonMatcher _matcher = matcher ?? new SamePersonMatcher(PhoneRegions.FromCulture());
    private readonly SamePersonIndex<int> _firstLines = new();

    /// <summary>Pairs every row with its match against earlier rows, or null, streaming.</summary>
    public static IEnumerable<(ImportedRow Row, DuplicateMatch? Match)> Find(IEnumerable<ImportedRow> rows, SamePersonMatcher? matcher = null)
    {
        var finder = new InFileDuplicateFinder(matcher);
        foreach (var row in rows)
        {
            yield return (row, finder.Add(row));
        }
    }

    /// <summary>Records the row's keys and returns the strongest match with an earlier row, if any.</summary>
    public DuplicateMatch? Add(ImportedRow row)
    {
        var keys = _matcher.Keys(row.Name, row.Company, row.Emails.Select(e => e.Value), row.Phones.Select(p => p.Value), row.LinkedInUrl);
        var found = _firstLines.Find(keys);
        _firstLines.Add(keys, row.LineNumber);
        if (found is not { } match)
        {
            return null;
        }

        var first = match.Target.ToString(CultureInfo.InvariantCulture);
        return new DuplicateMatch(
            row.LineNumber,
            match.Target,
            match.Match.IsSame ? DuplicateKind.SamePerson : DuplicateKind.Likely,
            $"{match.Match.Reason} as line {first}");
    }
}
