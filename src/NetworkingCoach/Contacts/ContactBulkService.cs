using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Actions on many contacts at once, each in one transaction: tag, untag, archive, restore, delete.</summary>
public sealed class ContactBulkService(IDbContextFactory<AppDbContext> factory, TimeProvider clock, ILogger<ContactBulkService> logger)
{
    private readonly BulkTagInputValidator _tagValidator = new();

    public async Task<BulkResult> AddTagAsync(IReadOnlyCollection<int> ids, BulkTagInput input, CancellationToken cancellationToken = default)
    {
        await _tagValidator.ValidateAndThrowAsync(input, cancellationToken);
        var wanted = Distinct(ids);
        var name = input.Tag.Trim();
        var key = ContactKeys.NormalizeName(name);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contacts = await db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).Where(c => wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.NormalizedName == key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        var full = 0;
        foreach (var contact in contacts)
        {
            if (contact.Tags.Any(t => t.Tag.NormalizedName == key))
            {
                continue;
            }

            if (contact.Tags.Count >= FieldLimits.MaxTagsPerContact)
            {
                full++;
                continue;
            }

            tag ??= db.Tags.Add(new Tag { Name = name, NormalizedName = key }).Entity;
            contact.Tags.Add(new ContactTag { Tag = tag });
            Touch(db, contact, now);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Tagged {Changed} of {Requested} contacts with {Tag} ({Full} already at the tag limit)", changed, wanted.Count, name, full);
        return new BulkResult(wanted.Count, changed, contacts.Count - changed, wanted.Count - contacts.Count);
    }

    public async Task<BulkResult> RemoveTagAsync(IReadOnlyCollection<int> ids, BulkTagInput input, CancellationToken cancellationToken = default)
    {
        await _tagValidator.ValidateAndThrowAsync(input, cancellationToken);
        var wanted = Distinct(ids);
        var key = ContactKeys.NormalizeName(input.Tag);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contacts = await db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).Where(c => wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var contact in contacts)
        {
            if (contact.Tags.RemoveAll(t => t.Tag.NormalizedName == key) > 0)
            {
                Touch(db, contact, now);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Removed tag from {Changed} of {Requested} contacts", changed, wanted.Count);
        return new BulkResult(wanted.Count, changed, contacts.Count - changed, wanted.Count - contacts.Count);
    }

    public async Task<BulkResult> SetArchivedAsync(IReadOnlyCollection<int> ids, bool archived, CancellationToken cancellationToken = default)
    {
        var wanted = Distinct(ids);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.Contacts.CountAsync(c => wanted.Contains(c.Id), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Contacts
            .Where(c => wanted.Contains(c.Id) && c.IsArchived != archived)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.IsArchived, archived)
                .SetProperty(c => c.UpdatedAt, now)
                .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        logger.LogInformation("{Action} {Changed} of {Requested} contacts", archived ? "Archived" : "Restored", changed, wanted.Count);
        return new BulkResult(wanted.Count, changed, found - changed, wanted.Count - found);
    }

    public async Task<BulkDeleteImpact> GetDeleteImpactAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        var wanted = Distinct(ids);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return new BulkDeleteImpact(
            await db.Contacts.CountAsync(c => wanted.Contains(c.Id), cancellationToken),
            await db.Touchpoints.CountAsync(t => wanted.Contains(t.ContactId), cancellationToken),
            await db.Referrals.CountAsync(r => wanted.Contains(r.ReferrerId) || wanted.Contains(r.ReferredId), cancellationToken),
            await db.Messages.CountAsync(m => wanted.Contains(m.ContactId), cancellationToken));
    }

    /// <summary>Deletes the contacts with their touchpoints, messages and every referral to or from them.</summary>
    public async Task<BulkResult> DeleteAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        var wanted = Distinct(ids);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Referrals.Where(r => wanted.Contains(r.ReferrerId) || wanted.Contains(r.ReferredId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Contacts.Where(c => wanted.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Deleted {Deleted} of {Requested} contacts", deleted, wanted.Count);
        return new BulkResult(wanted.Count, deleted, 0, wanted.Count - deleted);
    }

    // Marks the contact itself as changed, so its concurrency version moves even when only its tags did.
    private static void Touch(AppDbContext db, Contact contact, DateTime now)
    {
        contact.UpdatedAt = now;
        db.Entry(contact).Property(c => c.UpdatedAt).IsModified = true;
    }

    private static List<int> Distinct(IReadOnlyCollection<int> ids) => ids.Distinct().ToList();
}
