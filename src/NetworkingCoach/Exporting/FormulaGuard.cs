namespace NetworkingCoach.Exporting;

/// <summary>
/// Protects CSV cells against spreadsheet formula injection: a value starting with =, +, -, @, tab or
/// carriage return gets a leading apostrophe, which spreadsheets read as "this cell is text".
/// </summary>
public static class FormulaGuard
{
    public const char Escape = '\'';

    /// <summary>The characters that make a spreadsheet treat a cell as a formula (OWASP's list).</summary>
    public static IReadOnlySet<char> Triggers { get; } = new HashSet<char> { '=', '+', '-', '@', '\t', '\r' };

    /// <summary>
    /// Prefixes a formula-like value with an apostrophe. A value that already starts with an apostrophe
    /// before a trigger gets one more, so <see cref="Restore"/> gives back exactly the original.
    /// </summary>
    public static string Neutralize(string value) =>
        StartsWithTrigger(value) || (value.Length > 1 && value[0] == Escape && StartsWithTrigger(value.TrimStart(Escape)))
            ? Escape + value
            : value;

    /// <summary>Undoes <see cref="Neutralize"/>; only for files this application wrote.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Escape && (StartsWithTrigger(value[1..]) || value[1] == Escape && StartsWithTrigger(value.TrimStart(Escape)))
            ? value[1..]
            : value;

    private static bool StartsWithTrigger(string value) => value.Length > 0 && Triggers.Contains(value[0]);
}
