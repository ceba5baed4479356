using System.Globalization;
using System.Text.RegularExpressions;
using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

/// <summary>
/// Reads the labelled histories in data/tie-histories (format described at the top of
/// edition-1/histories.txt) relative to a fixed today. Each edition folder is split on its own, so a
/// later edition never moves an earlier one's cases between calibration and test.
/// </summary>
public static partial class LabelledHistories
{
    public static readonly DateOnly Today = new(2026, 12, 2);
    public static readonly DateTime Now = Today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

    /// <summary>The seed of the fixed shuffle that splits each edition; changing it would mix test cases into calibration.</summary>
    public const int SplitSeed = 14;

    /// <summary>Share of each edition used to choose the weights; the rest is the test part.</summary>
    public const double CalibrationShare = 0.6;

    public static FixedTimeProvider Clock => new(new DateTimeOffset(Now));

    private static readonly Lazy<IReadOnlyList<LabelledEdition>> s_editions = new(Load);

    /// <summary>The editions in order, each with its calibration and test parts.</summary>
    public static IReadOnlyList<LabelledEdition> Editions => s_editions.Value;

    public static IReadOnlyList<LabelledHistory> All => [.. Editions.SelectMany(e => e.All)];

    public static IReadOnlyList<LabelledHistory> CalibrationPart => [.. Editions.SelectMany(e => e.Calibration)];

    public static IReadOnlyList<LabelledHistory> TestPart => [.. Editions.SelectMany(e => e.Test)];

    private static List<LabelledEdition> Load()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "TieHistories");
        var editions = new List<LabelledEdition>();
        var contactId = 0;
        foreach (var folder in Directory.GetDirectories(root, "edition-*").Order(StringComparer.Ordinal))
        {
            var all = new List<LabelledHistory>();
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var parsed = Parse(File.ReadAllLines(file), Path.GetFileName(file), contactId);
                all.AddRange(parsed);
                contactId += parsed.Count;
            }

            var (calibration, test) = Split(all);
            editions.Add(new LabelledEdition(Path.GetFileName(folder), all, calibration, test));
        }

        var repeated = editions.SelectMany(e => e.All).GroupBy(h => h.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? editions : throw new FormatException($"The id '{repeated.Key}' is used twice.");
    }

    private static (List<LabelledHistory> Calibration, List<LabelledHistory> Test) Split(IEnumerable<LabelledHistory> edition)
    {
        var shuffled = edition.OrderBy(h => h.Id, StringComparer.Ordinal).ToArray();
        new Random(SplitSeed).Shuffle(shuffled);
        var cut = (int)Math.Round(shuffled.Length * CalibrationShare);
        return (shuffled[..cut].ToList(), shuffled[cut..].ToList());
    }

    /// <summary>Parses one file's lines; <paramref name="firstContactId"/> keeps contact ids unique across files.</summary>
    public static IReadOnlyList<LabelledHistory> Parse(IEnumerable<string> lines, string file = "histories", int firstContactId = 0)
    {
        var result = new List<LabelledHistory>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var hash = raw.IndexOf('#');
            var note = hash >= 0 ? raw[(hash + 1)..].Trim() : "";
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                result.Add(ParseLine(line, note, number, firstContactId + result.Count + 1));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw new FormatException($"{file} line {number}: {ex.Message}", ex);
            }
        }

        var repeated = result.GroupBy(h => h.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? result : throw new FormatException($"{file}: the id '{repeated.Key}' is used twice.");
    }

    private static LabelledHistory ParseLine(string line, string note, int number, int contactId)
    {
        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            throw new FormatException("expected 'LABEL ID [options] : touchpoints'");
        }

        var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var label = Enum.Parse<TieTier>(head[0], ignoreCase: true);
        var id = head[1];
        DateOnly? knownSince = null;
        int? closeness = null;
        foreach (var option in head.Skip(2))
        {
            if (option.StartsWith("known=", StringComparison.Ordinal))
            {
                knownSince = Before(Today, Ago(option[6..]));
            }
            else if (option.StartsWith("close=", StringComparison.Ordinal))
            {
                closeness = int.Parse(option[6..], CultureInfo.InvariantCulture);
            }
            else
            {
                throw new FormatException($"unknown option '{option}'");
            }
        }

        var touchpoints = new List<TouchpointFact>();
        foreach (var part in line[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            touchpoints.AddRange(ParseTouchpoints(part));
        }

        var history = new RelationshipHistory
        {
            ContactId = contactId,
            Name = id,
            KnownSince = knownSince,
            Closeness = closeness,
            Touchpoints = touchpoints,
        };
        return new LabelledHistory(id, label, history, note, number);
    }

    private static IEnumerable<TouchpointFact> ParseTouchpoints(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            throw new FormatException($"'{text}' needs at least AGO CHANNEL DIRECTION");
        }

        if (!TouchpointCodes.TryParseChannel(words[1], out var channel))
        {
            throw new FormatException($"unknown channel '{words[1]}'");
        }

        var replied = words[2] == "me+r";
        if (!TouchpointCodes.TryParseDirection(replied ? "me" : words[2], out var direction))
        {
            throw new FormatException($"unknown direction '{words[2]}'");
        }

        var intent = TouchpointIntent.KeepInTouch;
        var copies = 1;
        foreach (var extra in words.Skip(3))
        {
            if (extra.StartsWith('x') && int.TryParse(extra[1..], CultureInfo.InvariantCulture, out var n))
            {
                copies = n;
            }
            else if (!TouchpointCodes.TryParseIntent(extra, out intent))
            {
                throw new FormatException($"unknown intent '{extra}'");
            }
        }

        foreach (var day in Days(words[0]))
        {
            for (var i = 0; i < copies; i++)
            {
                yield return new TouchpointFact
                {
                    OccurredAt = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
                    Channel = channel,
                    Direction = direction,
                    Intent = intent,
                    Replied = replied,
                    HasPurpose = true,
                    HasAgenda = true,
                };
            }
        }
    }

    private static IEnumerable<DateOnly> Days(string ago)
    {
        var range = RangePattern().Match(ago);
        if (!range.Success)
        {
            yield return Before(Today, Ago(ago));
            yield break;
        }

        var one = Before(Today, Ago(range.Groups["from"].Value));
        var other = Before(Today, Ago(range.Groups["to"].Value));
        var last = one < other ? one : other;
        var step = Ago(range.Groups["step"].Value);
        for (var day = one < other ? other : one; day >= last; day = Before(day, step))
        {
            yield return day;
        }
    }

    private static DateOnly Before(DateOnly day, (int Years, int Months, int Days) ago) =>
        day.AddYears(-ago.Years).AddMonths(-ago.Months).AddDays(-ago.Days);

    private static (int Years, int Months, int Days) Ago(string text)
    {
        var match = AgoPattern().Match(text);
        if (!match.Success || text.TrimStart('-').Length == 0)
        {
            throw new FormatException($"'{text}' is not a duration such as 3w, 4m, 1y6m");
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var sign = match.Groups["minus"].Success ? -1 : 1;
        return (sign * Part("y"), sign * Part("m"), sign * ((7 * Part("w")) + Part("d")));
    }

    [GeneratedRegex(@"^(?<minus>-)?(?:(?<y>\d+)y)?(?:(?<m>\d+)m)?(?:(?<w>\d+)w)?(?:(?<d>\d+)d)?$")]
    private static partial Regex AgoPattern();

    [GeneratedRegex(@"^(?<from>[^.]+)\.\.(?<to>[^/]+)/(?<step>.+)$")]
    private static partial Regex RangePattern();
}
