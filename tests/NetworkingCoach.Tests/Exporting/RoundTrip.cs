using System.Globalization;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Exporting;

/// <summary>Flattens exported and imported contacts to one comparable string each.</summary>
internal static class RoundTrip
{
    public static string Shape(ExportedContact c) => Shape(
        c.Name, c.Emails, c.Phones, c.Company, c.Title, c.Location, c.LinkedInUrl, c.HowWeMet, c.KnownSince, c.Closeness, c.Tags, c.Notes, c.Birthday);

    public static string Shape(ImportedRow r) => Shape(
        r.Name, r.Emails, r.Phones, r.Company, r.Title, r.Location, r.LinkedInUrl, r.HowWeMet, r.KnownSince, r.Closeness, r.Tags, r.Notes, r.Birthday);

    private static string Shape(
        string name, IEnumerable<LabeledValue> emails, IEnumerable<LabeledValue> phones, string? company, string? title, string? location,
        string? linkedIn, string? howWeMet, DateOnly? knownSince, int? closeness, IEnumerable<string> tags, string? notes, DateOnly? birthday) =>
        string.Join(
            " | ",
            name,
            string.Join(", ", emails.Select(e => $"{e.Label}={e.Value}")),
            string.Join(", ", phones.Select(p => $"{p.Label}={p.Value}")),
            company, title, location, linkedIn, howWeMet,
            knownSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            closeness?.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", tags),
            notes,
            birthday?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
