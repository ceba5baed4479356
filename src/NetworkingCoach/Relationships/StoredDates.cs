using System.Globalization;
using System.Numerics;
using System.Text;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Parses the dates EF Core stores in SQLite ("yyyy-MM-dd" and "yyyy-MM-dd HH:mm:ss[.fffffff]") without
/// the general-purpose parser, which dominates reading half a million touchpoints; from text or straight
/// from SQLite's UTF-8 bytes, so no string is made for them.
/// </summary>
public static class StoredDates
{
    public static DateOnly ParseDate(ReadOnlySpan<char> text) =>
        IsPlainDate(text) ? PlainDate(text) : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(ReadOnlySpan<byte> utf8) =>
        IsPlainDate(utf8) ? PlainDate(utf8) : ParseDate(Encoding.UTF8.GetString(utf8));

    public static DateTime ParseDateTime(ReadOnlySpan<char> text) =>
        IsPlainDateTime(text) ? PlainDateTime(text)
        : DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);

    public static DateTime ParseDateTime(ReadOnlySpan<byte> utf8) =>
        IsPlainDateTime(utf8) ? PlainDateTime(utf8) : ParseDateTime(Encoding.UTF8.GetString(utf8));

    private static bool IsPlainDate<T>(ReadOnlySpan<T> text) where T : unmanaged, IBinaryInteger<T> =>
        text.Length >= 10 && Is(text[4], '-') && Is(text[7], '-');

    private static DateOnly PlainDate<T>(ReadOnlySpan<T> text) where T : unmanaged, IBinaryInteger<T> =>
        new(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));

    private static bool IsPlainDateTime<T>(ReadOnlySpan<T> text) where T : unmanaged, IBinaryInteger<T> =>
        text.Length >= 19 && Is(text[4], '-') && (Is(text[10], ' ') || Is(text[10], 'T')) && Is(text[13], ':');

    private static DateTime PlainDateTime<T>(ReadOnlySpan<T> text) where T : unmanaged, IBinaryInteger<T>
    {
        var value = new DateTime(Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)),
            Digits(text.Slice(11, 2)), Digits(text.Slice(14, 2)), Digits(text.Slice(17, 2)), DateTimeKind.Utc);
        if (text.Length > 20 && Is(text[19], '.'))
        {
            var fraction = text[20..];
            var ticks = 0L;
            for (var i = 0; i < 7; i++)
            {
                ticks = ticks * 10 + (i < fraction.Length ? int.CreateTruncating(fraction[i]) - '0' : 0);
            }

            value = value.AddTicks(ticks);
        }

        return value;
    }

    private static bool Is<T>(T value, char c) where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(value) == c;

    private static int Digits<T>(ReadOnlySpan<T> digits) where T : unmanaged, IBinaryInteger<T>
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (int.CreateTruncating(c) - '0');
        }

        return value;
    }
}
