using System.Globalization;

namespace NetworkingCoach.Domain;

/// <summary>
/// Birthdays are calendar dates; one whose year is not known (vCard <c>--04-15</c>, Google <c>--04-15</c>)
/// is stored with the year <see cref="UnknownYear"/>, a leap year so 29 February fits.
/// </summary>
public static class Birthday
{
    public const int UnknownYear = 4;

    private static readonly string[] s_fullForms = ["yyyy-MM-dd", "yyyyMMdd", "yyyy-M-d", "M/d/yyyy", "d MMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy"];
    private static readonly string[] s_yearlessIsoForms = ["yyyy-MM-dd", "yyyy-MMdd"];
    private static readonly string[] s_yearlessForms = ["MM-dd yyyy", "d MMM yyyy", "d MMMM yyyy", "MMMM d yyyy", "MMM d yyyy"];

    public static bool HasYear(DateOnly birthday) => birthday.Year != UnknownYear;

    public static DateOnly WithoutYear(int month, int day) => new(UnknownYear, month, day);

    /// <summary>"15 April 1985", or "15 April" when the year is not known.</summary>
    public static string Format(DateOnly birthday) =>
        birthday.ToString(HasYear(birthday) ? "d MMMM yyyy" : "d MMMM", CultureInfo.InvariantCulture);

    /// <summary>The ISO form: <c>1985-04-15</c>, or <c>--04-15</c> without a year (as vCard 4 and Google write it).</summary>
    public static string ToIso(DateOnly birthday) =>
        HasYear(birthday)
            ? birthday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : birthday.ToString("--MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the forms contact exports use; a time part (vCard <c>19850415T000000Z</c>) is ignored, and
    /// Outlook's empty date <c>0/0/00</c> counts as no birthday.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly? birthday)
    {
        birthday = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value is "0/0/00" or "0/0/0000" or "00.00.00")
        {
            return true;
        }

        var tee = value.IndexOf('T', value.StartsWith("--", StringComparison.Ordinal) ? 2 : 0);
        if (tee > 0 && char.IsDigit(value[tee - 1]))
        {
            value = value[..tee];
        }

        if (DateOnly.TryParseExact(value, s_fullForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            birthday = full;
            return true;
        }

        // Year-less forms are parsed in a leap year so that 29 February is accepted.
        var (probe, forms) = value.StartsWith("--", StringComparison.Ordinal)
            ? ("2000-" + value[2..], s_yearlessIsoForms)
            : (value + " 2000", s_yearlessForms);
        if (DateOnly.TryParseExact(probe, forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var yearless))
        {
            birthday = WithoutYear(yearless.Month, yearless.Day);
            return true;
        }

        return false;
    }
}
