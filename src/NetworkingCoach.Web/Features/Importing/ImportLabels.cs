using NetworkingCoach.Importing;

namespace NetworkingCoach.Web.Features.Importing;

/// <summary>The importer's formats, fields and outcomes in the words the import page uses.</summary>
public static class ImportLabels
{
    public static string Format(ImportFormatKind? format) => format switch
    {
        null => "Detect automatically",
        ImportFormatKind.LinkedIn => "LinkedIn connections",
        ImportFormatKind.Google => "Google Contacts",
        ImportFormatKind.Outlook => "Outlook",
        ImportFormatKind.VCard => "vCard",
        _ => "CSV with its own columns",
    };

    /// <summary>A stored batch's format name (the enum's name) as a person reads it.</summary>
    public static string Format(string stored) =>
        Enum.TryParse<ImportFormatKind>(stored, out var format) ? Format(format) : stored;

    /// <summary>"Read as …": what the file was understood to be.</summary>
    public static string ReadAs(ImportFormatKind format) => format switch
    {
        ImportFormatKind.LinkedIn => "a LinkedIn connections export",
        ImportFormatKind.Google => "a Google Contacts export",
        ImportFormatKind.Outlook => "an Outlook export",
        ImportFormatKind.VCard => "vCards",
        _ => "a CSV file with its own columns",
    };

    public static string Field(ImportField field) => field switch
    {
        ImportField.Ignore => "Leave out",
        ImportField.FirstName => "First name",
        ImportField.MiddleName => "Middle name",
        ImportField.LastName => "Last name",
        ImportField.LinkedInUrl => "LinkedIn profile",
        ImportField.HowWeMet => "How we met",
        ImportField.KnownSince => "Known since",
        ImportField.Birthday => "Birthday",
        ImportField.Closeness => "Closeness (1–5)",
        _ => field.ToString(),
    };

    public static string Outcome(ImportRowOutcome outcome) => outcome switch
    {
        ImportRowOutcome.New => "new",
        ImportRowOutcome.Merge => "merged",
        ImportRowOutcome.LikelyDuplicate => "possible duplicate",
        ImportRowOutcome.Skipped => "left out",
        _ => "skipped",
    };

    public static string Delimiter(char delimiter) => delimiter switch
    {
        ',' => "commas",
        ';' => "semicolons",
        '\t' => "tabs",
        _ => $"'{delimiter}'",
    };
}
