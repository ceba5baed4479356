using System.Globalization;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Parses the dates EF Core stores in SQLite ("yyyy-MM-dd" and "yyyy-MM-dd HH:mm:ss[.fffffff]") without
/// the general-purpose parser, which dominates reading half a million touchpoints.
/// </summary>
public static class StoredDates
{
    public static DateOnly ParseDate(ReadOnlySpan<char> text) =>
        text.Length >= 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)))
            : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    public static DateTime ParseDateTime(ReadOnlySpan<char> text)
    {
        if (text.Length < 19 || text[4] != '-' || text[10] is not (' ' or 'T') || text[13] != ':')
        {
            return DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
        }

        var value = new DateTime(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)),
            Digits(text.Slice(11, 2)), Digits(text.Slice(14, 2)), Digits(text.Slice(17, 2)), DateTimeKind.Utc);
        if (text.Length > 20 && text[19] == '.')
        {
            var fraction = text[20..];
            var ticks = 0L;
            for (var i = 0; i < 7; i++)
            {
                ticks = ticks * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
            }

            value = value.AddTicks(ticks);
        }

        return value;
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
