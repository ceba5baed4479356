using System.Globalization;
using System.Text.RegularExpressions;

namespace NetworkingCoach.Reminders;

/// <summary>An ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday), written "2026-W47".</summary>
public readonly partial record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public IsoWeek Previous => Of(Monday.AddDays(-7));

    public IsoWeek Next => Of(Monday.AddDays(7));

    public bool Contains(DateOnly day) => day >= Monday && day <= Sunday;

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>Reads "2026-W47" (also "2026-w47" and "2026W47"); false for anything else or a week the year does not have.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Monday.CompareTo(other.Monday);

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    [GeneratedRegex(@"^(\d{4})-?[Ww](\d{1,2})$")]
    private static partial Regex Pattern();
}
