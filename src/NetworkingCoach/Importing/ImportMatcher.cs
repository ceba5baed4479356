using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Finds the contact a row belongs to, among those stored and those earlier rows create. Every key of the
/// database is loaded once into dictionaries, so matching a row never queries.
/// </summary>
internal sealed class ImportMatcher
{
    private readonly Dictionary<string, ImportTarget> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportTarget> _byLinkedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportTarget> _byLikelyKey = new(StringComparer.Ordinal);

    public static async Task<ImportMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var matcher = new ImportMatcher();
        var targets = new Dictionary<int, ImportTarget>();
        var contacts = db.Contacts.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.LinkedInKey, Company = c.Company == null ? null : c.Company.Name })
            .AsAsyncEnumerable();
        await foreach (var contact in contacts.WithCancellation(cancellationToken))
        {
            var target = new ImportTarget(contact.Id, contact.Name, 0);
            targets[contact.Id] = target;
            if (contact.LinkedInKey is { Length: > 0 } key)
            {
                matcher._byLinkedIn.TryAdd(key, target);
            }

            var likely = ContactKeys.LikelyDuplicateKey(contact.Name, contact.Company);
            if (likely.Length > 0)
            {
                matcher._byLikelyKey.TryAdd(likely, target);
            }
        }

        var emails = db.ContactEmails.AsNoTracking().Select(e => new { e.ContactId, e.NormalizedAddress }).AsAsyncEnumerable();
        await foreach (var email in emails.WithCancellation(cancellationToken))
        {
            if (email.NormalizedAddress.Length > 0 && targets.TryGetValue(email.ContactId, out var target))
            {
                matcher._byEmail.TryAdd(email.NormalizedAddress, target);
            }
        }

        return matcher;
    }

    /// <summary>The contact that is certainly this person (same email or LinkedIn profile), and why.</summary>
    public (ImportTarget Target, string Reason)? FindSamePerson(ImportedRow row)
    {
        foreach (var email in row.Emails)
        {
            var key = ContactKeys.NormalizeEmail(email.Value);
            if (key.Length > 0 && _byEmail.TryGetValue(key, out var target))
            {
                return (target, $"same email {key} as {target.Describe()}");
            }
        }

        if (ContactKeys.CanonicalLinkedInUrl(row.LinkedInUrl) is { } profile && _byLinkedIn.TryGetValue(profile, out var byProfile))
        {
            return (byProfile, $"same LinkedIn profile as {byProfile.Describe()}");
        }

        return null;
    }

    /// <summary>A contact with the same name and company: maybe the same person, maybe a namesake.</summary>
    public ImportTarget? FindLikely(ImportedRow row)
    {
        var key = ContactKeys.LikelyDuplicateKey(row.Name, row.Company);
        return key.Length > 0 && _byLikelyKey.TryGetValue(key, out var target) ? target : null;
    }

    /// <summary>Makes the row's keys find <paramref name="target"/> from now on (first owner of a key keeps it).</summary>
    public void Register(ImportedRow row, ImportTarget target)
    {
        foreach (var email in row.Emails)
        {
            var key = ContactKeys.NormalizeEmail(email.Value);
            if (key.Length > 0)
            {
                _byEmail.TryAdd(key, target);
            }
        }

        if (ContactKeys.CanonicalLinkedInUrl(row.LinkedInUrl) is { } profile)
        {
            _byLinkedIn.TryAdd(profile, target);
        }

        var likely = ContactKeys.LikelyDuplicateKey(row.Name, row.Company);
        if (likely.Length > 0)
        {
            _byLikelyKey.TryAdd(likely, target);
        }
    }
}
