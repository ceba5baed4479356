using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Matching;

/// <summary>
/// The likely-duplicates review: pairs of stored contacts the same-person matcher links, except pairs the user
/// already said are not the same person; each is merged (through <see cref="ContactMergeService"/>) or kept apart.
/// </summary>
public sealed class DuplicateReviewService(
    IDbContextFactory<AppDbContext> factory, ContactMergeService merger, TimeProvider clock, ILogger<DuplicateReviewService> logger)
{
    /// <summary>Pairs waiting for a decision, oldest contacts first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<LikelyPair>> ListPendingAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matcher = await SamePersonMatcherLoader.LoadAsync(db, cancellationToken);
        var decided = (await db.SamePersonDecisions.AsNoTracking().Select(d => new { d.FirstContactId, d.SecondContactId }).ToListAsync(cancellationToken))
            .Select(d => (d.FirstContactId, d.SecondContactId))
            .ToHashSet();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => !c.IsArchived)
            .OrderBy(c => c.Id)
            .Select(c => new ReviewSide(
                c.Id,
                c.Name,
                c.Company == null ? null : c.Company.Name,
                c.Title,
                c.Emails.OrderBy(e => e.Position).Select(e => e.Address).ToList(),
                c.Phones.OrderBy(p => p.Position).Select(p => p.Number).ToList(),
                c.LinkedInUrl,
                c.CreatedAt))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var index = new SamePersonIndex<ReviewSide>();
        var pairs = new List<LikelyPair>();
        foreach (var contact in contacts)
        {
            var keys = matcher.Keys(contact.Name, contact.Company, contact.Emails, contact.Phones, contact.LinkedInUrl);
            foreach (var (earlier, match) in index.FindAll(keys, e => decided.Contains((e.Id, contact.Id))))
            {
                pairs.Add(new LikelyPair(earlier, contact, match));
                if (pairs.Count >= limit)
                {
                    return pairs;
                }
            }

            index.Add(keys, contact);
        }

        return pairs;
    }

    /// <summary>Merges <paramref name="mergeId"/> into <paramref name="keepId"/>: one person from now on.</summary>
    public async Task MergeAsync(int keepId, int mergeId, CancellationToken cancellationToken = default)
    {
        await merger.MergeAsync(keepId, mergeId, cancellationToken);
        logger.LogInformation("Review merged contact {MergeId} into {KeepId}", mergeId, keepId);
    }

    /// <summary>Remembers that the two contacts are different people; asking twice changes nothing.</summary>
    public async Task KeepApartAsync(int firstId, int secondId, CancellationToken cancellationToken = default)
    {
        if (firstId == secondId)
        {
            throw new InvalidOperationException("A contact is always the same person as itself.");
        }

        var (low, high) = firstId < secondId ? (firstId, secondId) : (secondId, firstId);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Contacts.CountAsync(c => c.Id == low || c.Id == high, cancellationToken) < 2)
        {
            throw new ContactNotFoundException(await db.Contacts.AnyAsync(c => c.Id == low, cancellationToken) ? high : low);
        }

        if (await db.SamePersonDecisions.AnyAsync(d => d.FirstContactId == low && d.SecondContactId == high, cancellationToken))
        {
            return;
        }

        db.SamePersonDecisions.Add(new SamePersonDecision { FirstContactId = low, SecondContactId = high, DecidedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Contacts {First} and {Second} marked as different people", low, high);
    }
}
