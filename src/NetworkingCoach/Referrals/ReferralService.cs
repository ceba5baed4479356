using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

using NetworkingCoach.Settings;

namespace NetworkingCoach.Referrals;

/// <summary>Introductions: adding them, moving them forward (back only by an explicit undo), names gained at meetings, and the referral graph.</summary>
public sealed class ReferralService(IDbContextFactory<AppDbContext> factory, UserCalendarSource calendars, TimeProvider clock, ILogger<ReferralService> logger)
{
    private readonly ReferralInputValidator _validator = new(() => calendars.Current.Today);
    private readonly NameGainedListValidator _namesValidator = new();

    public async Task<int> AddAsync(ReferralInput input, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var referrerId = input.ReferrerId!.Value;
        var referredId = input.ReferredId!.Value;
        foreach (var id in new[] { referrerId, referredId })
        {
            if (!await db.Contacts.AnyAsync(c => c.Id == id, cancellationToken))
            {
                throw new ContactNotFoundException(id);
            }
        }

        if (await db.Referrals.AnyAsync(r => r.ReferrerId == referrerId && r.ReferredId == referredId, cancellationToken))
        {
            throw new ReferralException("This introduction is already recorded.");
        }

        if (input.SourceTouchpointId is { } source
            && !await db.Touchpoints.AnyAsync(t => t.Id == source && t.ContactId == referrerId, cancellationToken))
        {
            throw new ReferralException("The meeting it came from must be one with the person who gave the name.");
        }

        var referral = new Referral
        {
            ReferrerId = referrerId,
            ReferredId = referredId,
            SourceTouchpointId = input.SourceTouchpointId,
            SuggestedOn = input.SuggestedOn!.Value,
            Status = ReferralStatus.Suggested,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added referral {ReferralId} from {ReferrerId} to {ReferredId}", referral.Id, referrerId, referredId);
        return referral.Id;
    }

    /// <summary>Moves a referral forward to <paramref name="to"/>, dating each step passed on the way; never backwards.</summary>
    public async Task<ReferralStatus> AdvanceAsync(int id, ReferralStatus to, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(to))
        {
            throw new ReferralException($"{to} is not a referral status.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new ReferralNotFoundException(id);
        if (to <= referral.Status)
        {
            throw new ReferralException(
                $"This introduction is already at \"{ReferralSteps.Label(referral.Status)}\"; it only moves forward. Use undo to step back.");
        }

        var date = on ?? calendars.Current.Today;
        if (date < referral.SuggestedOn)
        {
            throw new ReferralException("A step cannot be dated before the name was suggested.");
        }

        for (var step = referral.Status + 1; step <= to; step++)
        {
            SetDate(referral, step, date);
        }

        referral.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Referral {ReferralId} moved forward to {Status}", id, to);
        return to;
    }

    /// <summary>Moves a referral one step forward.</summary>
    public async Task<ReferralStatus> AdvanceToNextAsync(int id, CancellationToken cancellationToken = default)
    {
        var current = await StatusAsync(id, cancellationToken);
        var next = ReferralSteps.Next(current) ?? throw new ReferralException("This introduction is already complete.");
        return await AdvanceAsync(id, next, null, cancellationToken);
    }

    /// <summary>The explicit way back: undoes the last step, clearing its date.</summary>
    public async Task<ReferralStatus> UndoAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new ReferralNotFoundException(id);
        var previous = ReferralSteps.Previous(referral.Status) ?? throw new ReferralException("This introduction is at its first step; there is nothing to undo.");
        SetDate(referral, referral.Status, null);
        referral.Status = previous;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Referral {ReferralId} stepped back to {Status}", id, previous);
        return previous;
    }

    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Referrals.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new ReferralNotFoundException(id);
        }

        logger.LogInformation("Deleted referral {ReferralId}", id);
    }

    public async Task<ReferralView?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Views(db.Referrals.Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Who introduced this contact, and whom they introduced.</summary>
    public async Task<ContactReferrals> ForContactAsync(int contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var introducedBy = await Views(db.Referrals.Where(r => r.ReferredId == contactId).OrderBy(r => r.SuggestedOn).ThenBy(r => r.Id)).ToListAsync(cancellationToken);
        var introduced = await Views(db.Referrals.Where(r => r.ReferrerId == contactId).OrderByDescending(r => r.SuggestedOn).ThenBy(r => r.Id)).ToListAsync(cancellationToken);
        return new ContactReferrals(introducedBy, introduced);
    }

    /// <summary>How each name would be recorded, without saving anything: linked, created, or a choice among people with the same name.</summary>
    public async Task<IReadOnlyList<NameMatch>> MatchNamesAsync(IReadOnlyList<NameGainedInput> names, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matches = new List<NameMatch>(names.Count);
        foreach (var name in names)
        {
            matches.Add(string.IsNullOrWhiteSpace(name.Name) ? NameMatch.Create : await NamesGainedWriter.MatchAsync(db, name, cancellationToken));
        }

        return matches;
    }

    /// <summary>Adds names gained to a meeting already logged: every contact and referral, or none of them.</summary>
    public async Task<IReadOnlyList<NameGainedOutcome>> AddNamesGainedAsync(NamesGainedRequest request, CancellationToken cancellationToken = default)
    {
        await _namesValidator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Touchpoints.FirstOrDefaultAsync(t => t.Id == request.MeetingId, cancellationToken) ?? throw new TouchpointNotFoundException(request.MeetingId);
        if (meeting.Intent != TouchpointIntent.Meeting)
        {
            throw new ReferralException("Names gained belong to a meeting.");
        }

        var suggestedOn = calendars.Current.DateOf(meeting.OccurredAt);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = await NamesGainedWriter.WriteAsync(db, meeting, request.NamesGained, suggestedOn, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Added {Count} names gained to meeting {TouchpointId}", outcomes.Count, meeting.Id);
        return outcomes;
    }

    /// <summary>
    /// The referral graph: everyone involved in an introduction, or only the people reached from
    /// <paramref name="fromContactId"/> outward, with door-openers and names per meeting.
    /// </summary>
    public async Task<ReferralGraph> GraphAsync(int? fromContactId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var all = await db.Referrals.AsNoTracking()
            .Select(r => new { r.Id, r.ReferrerId, r.ReferredId, r.Status, r.SourceTouchpointId })
            .ToListAsync(cancellationToken);

        var edges = all;
        if (fromContactId is { } root)
        {
            var reached = new HashSet<int> { root };
            var queue = new Queue<int>([root]);
            var byReferrer = all.ToLookup(r => r.ReferrerId);
            while (queue.Count > 0)
            {
                foreach (var r in byReferrer[queue.Dequeue()])
                {
                    if (reached.Add(r.ReferredId))
                    {
                        queue.Enqueue(r.ReferredId);
                    }
                }
            }

            edges = all.Where(r => reached.Contains(r.ReferrerId)).ToList();
        }

        var people = edges.SelectMany(r => new[] { r.ReferrerId, r.ReferredId }).ToHashSet();
        if (fromContactId is { } single)
        {
            people.Add(single);
        }

        var names = await db.Contacts.AsNoTracking().Where(c => people.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        people.IntersectWith(names.Keys);
        var placements = ReferralTreeLayout.Layout(people, edges.Select(r => new ReferralTreeLayout.Link(r.ReferrerId, r.ReferredId)).ToList(), fromContactId is { } r0 && people.Contains(r0) ? r0 : null);
        var given = edges.GroupBy(r => r.ReferrerId).ToDictionary(g => g.Key, g => g.Count());
        var parents = placements.ToDictionary(p => p.ContactId, p => p.ParentId);

        var nodes = placements.Select(p => new ReferralGraphNode(p.ContactId, names[p.ContactId], p.Layer, p.Slot, p.ParentId, given.GetValueOrDefault(p.ContactId))).ToList();
        var graphEdges = edges
            .Where(r => people.Contains(r.ReferrerId) && people.Contains(r.ReferredId))
            .Select(r => new ReferralGraphEdge(r.Id, r.ReferrerId, r.ReferredId, r.Status, parents.GetValueOrDefault(r.ReferredId) == r.ReferrerId))
            .ToList();
        var doorOpeners = given.Where(g => names.ContainsKey(g.Key))
            .Select(g => new DoorOpener(g.Key, names[g.Key], g.Value))
            .OrderByDescending(d => d.NamesGiven).ThenBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(5)
            .ToList();

        var meetings = db.Touchpoints.AsNoTracking().Where(t => t.Intent == TouchpointIntent.Meeting);
        if (fromContactId is not null)
        {
            var ids = people.ToList();
            meetings = meetings.Where(t => ids.Contains(t.ContactId));
        }

        var yields = await meetings
            .OrderByDescending(t => t.OccurredAt)
            .Select(t => new MeetingYield(t.Id, t.ContactId, t.Contact.Name, t.OccurredAt, t.MeetingPurpose,
                db.Referrals.Count(r => r.SourceTouchpointId == t.Id)))
            .ToListAsync(cancellationToken);
        var average = yields.Count == 0 ? 0 : yields.Average(y => y.NamesGained);
        return new ReferralGraph(fromContactId, nodes, graphEdges, doorOpeners, yields, average, yields.Count(y => y.MetGoal));
    }

    private async Task<ReferralStatus> StatusAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Referrals.Where(r => r.Id == id).Select(r => (ReferralStatus?)r.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ReferralNotFoundException(id);
    }

    private static IQueryable<ReferralView> Views(IQueryable<Referral> referrals) =>
        referrals.AsNoTracking().Select(r => new ReferralView(
            r.Id, r.ReferrerId, r.Referrer.Name, r.ReferredId, r.Referred.Name, r.SourceTouchpointId,
            r.SourceTouchpoint == null ? null : r.SourceTouchpoint.OccurredAt,
            r.Status, r.SuggestedOn, r.ContactedOn, r.MetOn, r.ThankedOn, r.Note));

    private static void SetDate(Referral referral, ReferralStatus step, DateOnly? date)
    {
        switch (step)
        {
            case ReferralStatus.Contacted: referral.ContactedOn = date; break;
            case ReferralStatus.Met: referral.MetOn = date; break;
            case ReferralStatus.ThankedReportedBack: referral.ThankedOn = date; break;
        }
    }
}
