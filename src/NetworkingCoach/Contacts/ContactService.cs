using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Matching;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Contacts;

/// <summary>Creates, finds, edits, archives and deletes contacts; the validator is the last gate before the store.</summary>
public sealed class ContactService(IDbContextFactory<AppDbContext> factory, CoachService coach, DataChangeCounter changes, TimeProvider clock, ILogger<ContactService> logger)
{
    private readonly ContactInputValidator _validator = new(clock);

    // Asked on every visit to the contact list; kept until anything is written.
    private readonly ChangeAwareCache<bool> _any = new(changes);
    private readonly ChangeAwareCache<IReadOnlyList<string>> _tagNames = new(changes);

    public async Task<PagedResult<ContactListItem>> ListAsync(ContactQuery query, CancellationToken cancellationToken = default)
    {
        var snapshot = await coach.GetSnapshotAsync(cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contacts = ContactFilters.Apply(db.Contacts.AsNoTracking(), query);
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, 500);
        int total;
        List<ContactListItem> page;

        // Tiers and flags are computed, not stored: filter and sort on them in memory over ids only.
        if (query.Tier is not null || query.FlagRuleId is not null || query.SortBy is ContactSortField.TieStrength or ContactSortField.Flags)
        {
            var ids = await contacts.Select(c => c.Id).ToListAsync(cancellationToken);
            var matching = ids.Where(id => ContactCoachFilter.Matches(snapshot, id, query)).ToList();
            total = matching.Count;
            if (query.SortBy is ContactSortField.TieStrength or ContactSortField.Flags)
            {
                // By tier first (a dormant tie can out-score a weak one), then by score within it.
                Func<int, double> key = query.SortBy == ContactSortField.Flags
                    ? id => FlagWeight(snapshot.For(id))
                    : id => snapshot.For(id) is { } a ? (int)a.Tie.Tier * 1000 + a.Tie.Score : -1;
                var ordered = query.Descending
                    ? matching.OrderByDescending(key).ThenBy(id => id)
                    : matching.OrderBy(key).ThenBy(id => id);
                var pageIds = ordered.Skip(skip).Take(take).ToList();
                var items = await Project(db.Contacts.AsNoTracking().Where(c => pageIds.Contains(c.Id))).ToListAsync(cancellationToken);
                page = pageIds.Select(id => items.First(i => i.Id == id)).ToList();
            }
            else
            {
                page = await Project(ContactFilters.Sort(db.Contacts.AsNoTracking().Where(c => matching.Contains(c.Id)), query.SortBy, query.Descending).Skip(skip).Take(take))
                    .ToListAsync(cancellationToken);
            }
        }
        else
        {
            total = await contacts.CountAsync(cancellationToken);
            page = await Project(ContactFilters.Sort(contacts, query.SortBy, query.Descending).Skip(skip).Take(take)).ToListAsync(cancellationToken);
        }

        var annotated = page.Select(item => snapshot.For(item.Id) is { } assessment
                ? item with { Tie = assessment.Tie, FlagRuleIds = assessment.Flags.Select(f => f.RuleId).Distinct().ToList() }
                : item)
            .ToList();
        return new PagedResult<ContactListItem>(annotated, total);
    }

    // Blocks weigh most, then warnings, then notes: a descending sort puts what needs doing first.
    private static double FlagWeight(NetworkingCoach.Coaching.ContactAssessment? assessment) =>
        assessment?.Flags.Sum(f => f.Severity switch
        {
            NetworkingCoach.Coaching.FlagSeverity.Block => 100.0,
            NetworkingCoach.Coaching.FlagSeverity.Warning => 10.0,
            _ => 1.0,
        }) ?? 0;

    private static IQueryable<ContactListItem> Project(IQueryable<Contact> contacts) =>
        contacts.Select(c => new ContactListItem(
            c.Id,
            c.Name,
            c.Company == null ? null : c.Company.Name,
            c.Title,
            c.Location,
            c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault(),
            c.Closeness,
            c.Tags.Select(t => t.Tag.Name).OrderBy(n => n).ToList(),
            c.IsArchived,
            c.Touchpoints.Max(t => (DateTime?)t.OccurredAt)));

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.CountAsync(cancellationToken);
    }

    /// <summary>Whether there is anyone at all; unlike counting, costs the same for three contacts or fifty thousand.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        _any.GetOrCreateAsync("", async token =>
        {
            await using var db = await factory.CreateDbContextAsync(token);
            return await db.Contacts.AnyAsync(token);
        }, cancellationToken);

    public Task<IReadOnlyList<string>> TagNamesAsync(CancellationToken cancellationToken = default) =>
        _tagNames.GetOrCreateAsync("", async token =>
        {
            await using var db = await factory.CreateDbContextAsync(token);
            return (IReadOnlyList<string>)(await db.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(token)).AsReadOnly();
        }, cancellationToken);

    public async Task<ContactDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ContactDetails(
                c.Id,
                c.Name,
                c.CompanyId,
                c.Company == null ? null : c.Company.Name,
                c.Title,
                c.Location,
                c.HowWeMet,
                c.KnownSince,
                c.Closeness,
                c.LinkedInUrl,
                c.Notes,
                c.Tags.Select(t => t.Tag.Name).OrderBy(n => n).ToList(),
                c.Emails.OrderBy(e => e.Position).Select(e => new LabeledValue { Value = e.Address, Label = e.Label }).ToList(),
                c.Phones.OrderBy(p => p.Position).Select(p => new LabeledValue { Value = p.Number, Label = p.Label }).ToList(),
                c.IsArchived,
                c.CreatedAt,
                c.UpdatedAt,
                c.Version,
                c.Touchpoints.Count,
                c.Touchpoints.Max(t => (DateTime?)t.OccurredAt))
            {
                CadenceDays = c.CadenceDays,
                Birthday = c.Birthday,
            })
            // One contact's tags, emails and phones are a handful each: one query joining them stays small.
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ContactEditModel?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        var details = await GetAsync(id, cancellationToken);
        if (details is null)
        {
            return null;
        }

        var input = new ContactInput
        {
            Name = details.Name,
            Company = details.Company,
            Title = details.Title,
            Location = details.Location,
            HowWeMet = details.HowWeMet,
            KnownSince = details.KnownSince,
            Birthday = details.Birthday,
            Closeness = details.Closeness,
            LinkedInUrl = details.LinkedInUrl,
            Notes = details.Notes,
            CadenceDays = details.CadenceDays,
            Tags = string.Join(", ", details.Tags),
            Emails = details.Emails.Select(e => new LabeledValue { Value = e.Value, Label = e.Label }).ToList(),
            Phones = details.Phones.Select(p => new LabeledValue { Value = p.Value, Label = p.Label }).ToList(),
        };
        return new ContactEditModel(details.Id, input, details.Version);
    }

    /// <summary>Existing contacts the same-person matcher says the input is, or may be; certain matches first.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> FindDuplicatesAsync(ContactInput input, int? excludeId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matcher = await SamePersonMatcherLoader.LoadAsync(db, cancellationToken);
        var keys = matcher.Keys(input.Name, input.Company, input.Emails.Select(e => e.Value), input.Phones.Select(p => p.Value), input.LinkedInUrl);
        var matches = await StoredPeople.MatchAsync(db, matcher, keys, excludeId, cancellationToken);
        return matches.Select(m => new DuplicateCandidate(m.Person.Id, m.Person.Name, m.Person.Company, m.Match.Reason, m.Match.Confidence)).ToList();
    }

    public async Task<int> CreateAsync(ContactInput input, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact { CreatedAt = now };
        await ContactMapper.ApplyAsync(db, contact, input, now, cancellationToken);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created contact {ContactId}", contact.Id);
        return contact.Id;
    }

    /// <summary>Saves an edit made to the version the user loaded; a newer version in the store is a conflict, never overwritten.</summary>
    public async Task<long> UpdateAsync(int id, ContactInput input, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contact = await LoadForChangeAsync(db, id, cancellationToken);
        if (contact.Version != expectedVersion)
        {
            throw Conflict(contact.Name);
        }

        db.Entry(contact).Property(c => c.Version).OriginalValue = expectedVersion;
        await ContactMapper.ApplyAsync(db, contact, input, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await SaveOrConflictAsync(db, contact.Name, cancellationToken);
        logger.LogInformation("Updated contact {ContactId} to version {Version}", id, contact.Version);
        return contact.Version;
    }

    public async Task SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new ContactNotFoundException(id);
        if (contact.IsArchived == archived)
        {
            return;
        }

        contact.IsArchived = archived;
        contact.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await SaveOrConflictAsync(db, contact.Name, cancellationToken);
        logger.LogInformation("{Action} contact {ContactId}", archived ? "Archived" : "Restored", id);
    }

    public async Task<DeleteImpact> GetDeleteImpactAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var name = await db.Contacts.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ContactNotFoundException(id);
        return new DeleteImpact(
            name,
            await db.Touchpoints.CountAsync(t => t.ContactId == id, cancellationToken),
            await db.Referrals.CountAsync(r => r.ReferrerId == id || r.ReferredId == id, cancellationToken),
            await db.Messages.CountAsync(m => m.ContactId == id, cancellationToken));
    }

    /// <summary>Deletes the contact with its touchpoints, messages and every referral to or from them.</summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Referrals.Where(r => r.ReferrerId == id || r.ReferredId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Contacts.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new ContactNotFoundException(id);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Deleted contact {ContactId}", id);
    }

    private static async Task<Contact> LoadForChangeAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Contacts
            .Include(c => c.Emails)
            .Include(c => c.Phones)
            .Include(c => c.Tags).ThenInclude(t => t.Tag)
            .Include(c => c.Company)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new ContactNotFoundException(id);

    private static async Task SaveOrConflictAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict(name);
        }
    }

    private static ContactConflictException Conflict(string name) =>
        new($"{name} was changed somewhere else after you opened it, so your edit was not saved. Reload to see the latest version, then make your change again.");
}
