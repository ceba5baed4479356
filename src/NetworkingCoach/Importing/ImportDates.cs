using System.Globalization;

namespace NetworkingCoach.Importing;

/// <summary>Parses the date forms found in contact exports, in the invariant culture.</summary>
public static class ImportDates
{
    // LinkedIn writes "04 Sep 2025"; Excel re-saves turn it into "4-Sep-25" or "04-Sep-2025".
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "d-MMM-yy", "dd-MMM-yy",
        "d-MMM-yyyy", "dd-MMM-yyyy", "d MMM yy", "MMM d, yyyy", "MMMM d, yyyy", "yyyy/MM/dd", "yyyyMMdd",
    ];

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return !string.IsNullOrWhiteSpace(text) && DateOnly.TryParseExact(
            text.Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }
}
