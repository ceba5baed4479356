using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>A row's duplicate keys, worked out once: normalised emails, canonical LinkedIn profile, name and company.</summary>
internal sealed record RowKeys(IReadOnlyList<string> Emails, string? LinkedIn, string Likely)
{
    public static RowKeys Of(ImportedRow row) => new(
        row.Emails.Count == 0 ? [] : row.Emails.Select(e => ContactKeys.NormalizeEmail(e.Value)).Where(k => k.Length > 0).ToList(),
        ContactKeys.CanonicalLinkedInUrl(row.LinkedInUrl),
        ContactKeys.LikelyDuplicateKey(row.Name, row.Company));
}
