using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;

namespace NetworkingCoach.Companies;

/// <summary>Reads companies with the people the user knows there and the history with them.</summary>
public sealed class CompanyService(IDbContextFactory<AppDbContext> factory)
{
    /// <summary>People and touchpoints listed at first, and added by each "Show more": a big employer's page stays light.</summary>
    public const int PageSize = 10;

    /// <summary>The company with its first <paramref name="people"/> people and latest <paramref name="touchpoints"/> touchpoints, and how many there are in all.</summary>
    public async Task<CompanyOverview?> GetAsync(int id, int people = PageSize, int touchpoints = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return null;
        }

        var contacts = db.Contacts.AsNoTracking().Where(c => c.CompanyId == id);
        var totalPeople = await contacts.CountAsync(cancellationToken);
        var firstPeople = await contacts
            .OrderBy(c => c.IsArchived).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Take(people)
            .Select(c => new CompanyPerson(c.Id, c.Name, c.Title, c.IsArchived, c.Touchpoints.Count, c.Touchpoints.Max(t => (DateTime?)t.OccurredAt)))
            .ToListAsync(cancellationToken);
        var history = db.Touchpoints.AsNoTracking().Where(t => t.Contact.CompanyId == id);
        var totalTouchpoints = await history.CountAsync(cancellationToken);
        var latest = await history
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Take(touchpoints)
            .Select(t => new CompanyTouchpoint(t.Id, t.ContactId, t.Contact.Name, t.OccurredAt, t.Channel, t.Intent, t.Summary, t.MeetingPurpose))
            .ToListAsync(cancellationToken);
        return new CompanyOverview(company.Id, company.Name, company.Website, company.Notes, firstPeople, totalPeople, latest, totalTouchpoints);
    }

    /// <summary>Companies with at least one contact, most people first.</summary>
    public async Task<IReadOnlyList<CompanySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking()
            .Where(c => c.Contacts.Any())
            .OrderByDescending(c => c.Contacts.Count).ThenBy(c => c.Name)
            .Select(c => new CompanySummary(c.Id, c.Name, c.Contacts.Count))
            .ToListAsync(cancellationToken);
    }
}
