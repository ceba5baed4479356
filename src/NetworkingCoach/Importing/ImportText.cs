namespace NetworkingCoach.Importing;

/// <summary>Small text helpers shared by the formats.</summary>
internal static class ImportText
{
    /// <summary>Google's separator for several values in one cell.</summary>
    public const string GoogleSeparator = " ::: ";

    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static string JoinName(params string?[] parts) =>
        string.Join(' ', parts.Select(Clean).Where(p => p is not null));

    public static IEnumerable<string> Split(string? value, params string[] separators)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return value
            .Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(v => v.Length > 0);
    }

    public static string? FirstValue(string? value) => Split(value, ":::").FirstOrDefault();

    public static bool IsLinkedIn(string? url) => Domain.ContactKeys.CanonicalLinkedInUrl(url) is not null;

    public static bool IsBlank(IReadOnlyList<string> fields) => fields.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// Reads a birthday from the file into the birthday field; one in a form no one can read is kept in the
    /// notes instead ("Birthday: sometime in May"), so it is never lost. Outlook's empty "0/0/00" is no birthday.
    /// </summary>
    public static (string? Notes, DateOnly? Birthday) WithBirthday(string? notes, string? birthday)
    {
        var text = Clean(birthday);
        if (text is null || text.All(c => c is '0' or '/' or '-' or '.' or ' '))
        {
            return (notes, null);
        }

        if (Domain.Birthday.TryParse(text, out var date))
        {
            return (notes, date);
        }

        return (notes?.Contains(text, StringComparison.Ordinal) ?? false)
            ? (notes, null)
            : (notes is null ? $"Birthday: {text}" : $"{notes}\nBirthday: {text}", null);
    }
}
