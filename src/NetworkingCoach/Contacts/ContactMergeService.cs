using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Merges two contacts the user says are the same person: one is kept, the other's history moves to it.</summary>
public sealed class ContactMergeService(IDbContextFactory<AppDbContext> factory, TimeProvider clock, ILogger<ContactMergeService> logger)
{
    /// <summary>
    /// Moves touchpoints, messages, referrals, emails, phones and tags of <paramref name="mergeId"/> to
    /// <paramref name="keepId"/>, fills the kept contact's empty fields, then deletes the merged one; one transaction.
    /// </summary>
    public async Task MergeAsync(int keepId, int mergeId, CancellationToken cancellationToken = default)
    {
        if (keepId == mergeId)
        {
            throw new InvalidOperationException("A contact cannot be merged with itself.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contacts = await db.Contacts
            .Include(c => c.Emails)
            .Include(c => c.Phones)
            .Include(c => c.Tags)
            .Include(c => c.Company)
            .AsSplitQuery()
            .Where(c => c.Id == keepId || c.Id == mergeId)
            .ToListAsync(cancellationToken);
        var keep = contacts.FirstOrDefault(c => c.Id == keepId) ?? throw new ContactNotFoundException(keepId);
        var merge = contacts.FirstOrDefault(c => c.Id == mergeId) ?? throw new ContactNotFoundException(mergeId);

        ContactFill.FillEmpty(keep, merge.Title, merge.Location, merge.HowWeMet, merge.KnownSince, merge.Closeness, null, merge.LinkedInUrl, merge.Birthday);
        keep.Notes = MergeNotes(keep.Notes, merge.Notes);
        if (keep.Company is null && merge.Company is not null)
        {
            keep.Company = merge.Company;
        }

        if (merge.KnownSince is { } since && keep.KnownSince is { } kept && since < kept)
        {
            // The earlier date is a fact about the relationship, not something the user typed over.
            keep.KnownSince = since;
        }

        ContactFill.AddEmails(keep, merge.Emails.OrderBy(e => e.Position).Select(e => (e.Address, e.Label)));
        ContactFill.AddPhones(keep, merge.Phones.OrderBy(p => p.Position).Select(p => (p.Number, p.Label)));
        foreach (var tag in merge.Tags.Where(t => keep.Tags.All(k => k.TagId != t.TagId)).ToList())
        {
            if (keep.Tags.Count < FieldLimits.MaxTagsPerContact)
            {
                keep.Tags.Add(new ContactTag { ContactId = keep.Id, TagId = tag.TagId });
            }
        }

        keep.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        ContactFill.RefreshSearchText(keep, keep.Company?.Name);

        await db.Touchpoints.Where(t => t.ContactId == mergeId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactId, keepId), cancellationToken);
        await db.Messages.Where(m => m.ContactId == mergeId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ContactId, keepId), cancellationToken);
        await MoveReferralsAsync(db, keepId, mergeId, cancellationToken);

        db.Contacts.Remove(merge);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Merged contact {MergeId} into {KeepId}", mergeId, keepId);
    }

    // The unique (referrer, referred) pair and "nobody refers themselves" must still hold after the move.
    private static async Task MoveReferralsAsync(AppDbContext db, int keepId, int mergeId, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals
            .Where(r => r.ReferrerId == mergeId || r.ReferredId == mergeId || r.ReferrerId == keepId || r.ReferredId == keepId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var pairs = referrals.Where(r => r.ReferrerId != mergeId && r.ReferredId != mergeId).Select(r => (r.ReferrerId, r.ReferredId)).ToHashSet();
        foreach (var referral in referrals.Where(r => r.ReferrerId == mergeId || r.ReferredId == mergeId))
        {
            var referrer = referral.ReferrerId == mergeId ? keepId : referral.ReferrerId;
            var referred = referral.ReferredId == mergeId ? keepId : referral.ReferredId;
            if (referrer == referred || !pairs.Add((referrer, referred)))
            {
                db.Referrals.Remove(referral);
                continue;
            }

            referral.ReferrerId = referrer;
            referral.ReferredId = referred;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? MergeNotes(string? kept, string? merged)
    {
        if (string.IsNullOrWhiteSpace(merged) || kept?.Contains(merged.Trim(), StringComparison.Ordinal) == true)
        {
            return kept;
        }

        if (string.IsNullOrWhiteSpace(kept))
        {
            return merged.Trim();
        }

        var joined = kept + "\n\n" + merged.Trim();
        return joined.Length <= FieldLimits.Notes ? joined : joined[..FieldLimits.Notes];
    }
}
