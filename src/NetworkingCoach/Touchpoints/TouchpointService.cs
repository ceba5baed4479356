using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Touchpoints;

/// <summary>Logs, edits and deletes touchpoints (meetings with their names gained included) and reads a contact's timeline and facts.</summary>
public sealed class TouchpointService(IDbContextFactory<AppDbContext> factory, UserCalendarSource calendars, TimeProvider clock, ILogger<TouchpointService> logger)
{
    /// <summary>How many touchpoints a contact's history lists at first, and how many more each "Show more" adds.</summary>
    public const int TimelinePageSize = 20;

    private readonly TouchpointInputValidator _validator = new(calendars);

    /// <summary>A blank form: now on the user's clock, reached out by the user, keeping in touch.</summary>
    public TouchpointInput NewInput(int? contactId = null)
    {
        var now = calendars.Current.LocalNow;
        return new TouchpointInput
        {
            ContactId = contactId,
            OccurredAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0),
            Direction = Direction.IReachedOut,
            Intent = TouchpointIntent.KeepInTouch,
        };
    }

    /// <summary>Logs a touchpoint; a meeting's names gained become contacts and referrals in the same transaction.</summary>
    public async Task<TouchpointSaveResult> LogAsync(TouchpointInput input, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contactId = input.ContactId!.Value;
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            throw new ContactNotFoundException(contactId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var touchpoint = new Touchpoint { ContactId = contactId, CreatedAt = now };
        Apply(touchpoint, input, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Touchpoints.Add(touchpoint);
        await db.SaveChangesAsync(cancellationToken);
        var names = await NamesGainedWriter.WriteAsync(db, touchpoint, input.NamesGained, DateOnly.FromDateTime(input.OccurredAt!.Value), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Logged touchpoint {TouchpointId} with contact {ContactId} ({Intent}, {NamesGained} names gained)", touchpoint.Id, contactId, touchpoint.Intent, names.Count);
        return new TouchpointSaveResult(touchpoint.Id, contactId, names);
    }

    /// <summary>Saves an edit; the contact stays the same, and new names gained are added in the same transaction.</summary>
    public async Task<TouchpointSaveResult> UpdateAsync(int id, TouchpointInput input, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new TouchpointNotFoundException(id);
        if (touchpoint.ContactId != input.ContactId)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(TouchpointInput.ContactId), "A logged touchpoint stays with its contact; delete it and log it again for someone else.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(touchpoint, input, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var names = await NamesGainedWriter.WriteAsync(db, touchpoint, input.NamesGained, DateOnly.FromDateTime(input.OccurredAt!.Value), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Updated touchpoint {TouchpointId} ({NamesGained} names gained added)", id, names.Count);
        return new TouchpointSaveResult(id, touchpoint.ContactId, names);
    }

    /// <summary>The stored touchpoint as a form input (names gained already recorded are not repeated).</summary>
    public async Task<TouchpointInput?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var t = await db.Touchpoints.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return t is null
            ? null
            : new TouchpointInput
            {
                ContactId = t.ContactId,
                OccurredAt = ToLocal(t.OccurredAt),
                Channel = t.Channel,
                Direction = t.Direction,
                Intent = t.Intent,
                Replied = t.Replied,
                Summary = t.Summary,
                FollowUpOn = t.FollowUpOn,
                MeetingPurpose = t.MeetingPurpose,
                MeetingAgenda = t.MeetingAgenda,
                MeetingOutcome = t.MeetingOutcome,
            };
    }

    public async Task<TimelineEntry?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await EntriesAsync(db, db.Touchpoints.Where(t => t.Id == id), 1, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Deletes a touchpoint; introductions that came from it stay, without the link to the meeting.</summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Touchpoints.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new TouchpointNotFoundException(id);
        }

        logger.LogInformation("Deleted touchpoint {TouchpointId}", id);
    }

    /// <summary>
    /// The newest <paramref name="take"/> of the contact's touchpoints, only those of <paramref name="intent"/> when given,
    /// with how many there are and the facts over all of them.
    /// </summary>
    public async Task<ContactTimeline> TimelineAsync(int contactId, TouchpointIntent? intent = null, int take = TimelinePageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var touchpoints = db.Touchpoints.Where(t => t.ContactId == contactId);
        if (intent is { } only)
        {
            touchpoints = touchpoints.Where(t => t.Intent == only);
        }

        var entries = await EntriesAsync(db, touchpoints, Math.Max(take, 1), cancellationToken);
        var facts = (await FactsAsync(db, [contactId], cancellationToken)).GetValueOrDefault(contactId, RelationshipFacts.None);
        // The facts read every touchpoint already; only a filtered history needs a count of its own.
        var total = intent is null ? facts.TotalTouchpoints : await touchpoints.CountAsync(cancellationToken);
        return new ContactTimeline(entries, total, facts);
    }

    /// <summary>The facts about one relationship, as of now.</summary>
    public async Task<RelationshipFacts> FactsAsync(int contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await FactsAsync(db, [contactId], cancellationToken)).GetValueOrDefault(contactId, RelationshipFacts.None);
    }

    /// <summary>The facts for many relationships at once; contacts without touchpoints get <see cref="RelationshipFacts.None"/>.</summary>
    public async Task<IReadOnlyDictionary<int, RelationshipFacts>> FactsForContactsAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var facts = await FactsAsync(db, contactIds, cancellationToken);
        return contactIds.Distinct().ToDictionary(id => id, id => facts.GetValueOrDefault(id, RelationshipFacts.None));
    }

    private async Task<Dictionary<int, RelationshipFacts>> FactsAsync(AppDbContext db, IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        var ids = contactIds.Distinct().ToList();
        var rows = await db.Touchpoints.AsNoTracking()
            .Where(t => ids.Contains(t.ContactId))
            .Select(t => new { t.ContactId, Fact = new TouchpointFact { OccurredAt = t.OccurredAt, Channel = t.Channel, Direction = t.Direction, Intent = t.Intent, Replied = t.Replied } })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.GroupBy(r => r.ContactId).ToDictionary(g => g.Key, g => RelationshipFactsCalculator.Calculate(g.Select(r => r.Fact), now));
    }

    private async Task<List<TimelineEntry>> EntriesAsync(AppDbContext db, IQueryable<Touchpoint> touchpoints, int take, CancellationToken cancellationToken)
    {
        var rows = await touchpoints.AsNoTracking()
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Take(take)
            .Select(t => new
            {
                Touchpoint = t,
                ContactName = t.Contact.Name,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Touchpoint.Id).ToList();
        var names = (await db.Referrals.AsNoTracking()
                .Where(r => r.SourceTouchpointId != null && ids.Contains(r.SourceTouchpointId.Value))
                .OrderBy(r => r.Id)
                .Select(r => new { TouchpointId = r.SourceTouchpointId!.Value, r.ReferredId, r.Referred.Name, r.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.TouchpointId, r => new NameGainedLink(r.ReferredId, r.Name, r.Id));
        return rows.Select(r =>
        {
            var t = r.Touchpoint;
            return new TimelineEntry(t.Id, t.ContactId, r.ContactName, t.OccurredAt, ToLocal(t.OccurredAt), t.Channel, t.Direction, t.Intent, t.Replied,
                t.Summary, t.FollowUpOn, t.MeetingPurpose, TouchpointInput.SplitAgenda(t.MeetingAgenda), t.MeetingOutcome, names[t.Id].ToList());
        }).ToList();
    }

    private void Apply(Touchpoint touchpoint, TouchpointInput input, DateTime now)
    {
        var isMeeting = input.IsMeeting;
        touchpoint.OccurredAt = ToUtc(input.OccurredAt!.Value);
        touchpoint.Channel = input.Channel!.Value;
        touchpoint.Direction = input.Direction!.Value;
        touchpoint.Intent = input.Intent!.Value;
        touchpoint.Replied = input.Replied;
        touchpoint.Summary = Clean(input.Summary);
        touchpoint.FollowUpOn = input.FollowUpOn;
        touchpoint.MeetingPurpose = isMeeting ? Clean(input.MeetingPurpose) : null;
        var agenda = input.AgendaPoints();
        touchpoint.MeetingAgenda = isMeeting && agenda.Count > 0 ? string.Join('\n', agenda) : null;
        touchpoint.MeetingOutcome = isMeeting ? Clean(input.MeetingOutcome) : null;
        touchpoint.UpdatedAt = now;
    }

    private DateTime ToUtc(DateTime local) => calendars.Current.ToUtc(local);

    private DateTime ToLocal(DateTime utc) => calendars.Current.ToLocal(utc);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
