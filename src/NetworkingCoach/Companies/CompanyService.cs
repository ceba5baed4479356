using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;

namespace NetworkingCoach.Companies;

/// <summary>Reads companies with the people the user knows there and the history with them.</summary>
public sealed class CompanyService(IDbContextFactory<AppDbContext> factory)
{
    public const int TouchpointLimit = 200;

    public async Task<CompanyOverview?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return null;
        }

        var people = await db.Contacts.AsNoTracking()
            .Where(c => c.CompanyId == id)
            .OrderBy(c => c.IsArchived).ThenBy(c => c.Name)
            .Select(c => new CompanyPerson(c.Id, c.Name, c.Title, c.IsArchived, c.Touchpoints.Count, c.Touchpoints.Max(t => (DateTime?)t.OccurredAt)))
            .ToListAsync(cancellationToken);
        var touchpoints = db.Touchpoints.AsNoTracking().Where(t => t.Contact.CompanyId == id);
        var total = await touchpoints.CountAsync(cancellationToken);
        var recent = await touchpoints
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Take(TouchpointLimit)
            .Select(t => new CompanyTouchpoint(t.Id, t.ContactId, t.Contact.Name, t.OccurredAt, t.Channel, t.Intent, t.Summary, t.MeetingPurpose))
            .ToListAsync(cancellationToken);
        return new CompanyOverview(company.Id, company.Name, company.Website, company.Notes, people, recent, total);
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
