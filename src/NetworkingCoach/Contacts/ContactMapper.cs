using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Copies a validated <see cref="ContactInput"/> onto a tracked contact, finding or creating its company and tags.</summary>
internal static class ContactMapper
{
    public static async Task ApplyAsync(AppDbContext db, Contact contact, ContactInput input, DateTime now, CancellationToken cancellationToken)
    {
        contact.Name = input.Name.Trim();
        contact.Title = Clean(input.Title);
        contact.Location = Clean(input.Location);
        contact.HowWeMet = Clean(input.HowWeMet);
        contact.KnownSince = input.KnownSince;
        contact.Birthday = input.Birthday;
        contact.Closeness = input.Closeness;
        contact.CadenceDays = input.CadenceDays;
        contact.Notes = Clean(input.Notes);
        contact.LinkedInUrl = Clean(input.LinkedInUrl);
        contact.LinkedInKey = ContactKeys.CanonicalLinkedInUrl(contact.LinkedInUrl);
        contact.UpdatedAt = now;
        contact.Company = await FindOrCreateCompanyAsync(db, Clean(input.Company), now, cancellationToken);

        var emails = input.Emails.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToList();
        contact.Emails.RemoveAll(e => true);
        contact.Emails.AddRange(emails.Select((e, i) => new ContactEmail
        {
            Address = e.Value.Trim(),
            NormalizedAddress = ContactKeys.NormalizeEmail(e.Value),
            Label = Clean(e.Label),
            Position = i,
        }));
        contact.Phones.RemoveAll(p => true);
        contact.Phones.AddRange(input.Phones.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select((p, i) => new ContactPhone
        {
            Number = p.Value.Trim(),
            Label = Clean(p.Label),
            Position = i,
        }));

        await ApplyTagsAsync(db, contact, input.TagList(), cancellationToken);
        contact.SearchText = ContactSearchText.Build(contact.Name, contact.Company?.Name, contact.Emails.Select(e => e.NormalizedAddress));
    }

    public static async Task<Company?> FindOrCreateCompanyAsync(AppDbContext db, string? name, DateTime now, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return null;
        }

        var key = ContactKeys.NormalizeName(name);
        var company = db.Companies.Local.FirstOrDefault(c => c.NormalizedName == key)
            ?? await db.Companies.FirstOrDefaultAsync(c => c.NormalizedName == key, cancellationToken);
        if (company is null)
        {
            company = new Company { Name = name, NormalizedName = key, CreatedAt = now };
            db.Companies.Add(company);
        }

        return company;
    }

    private static async Task ApplyTagsAsync(AppDbContext db, Contact contact, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => (Name: n, Key: ContactKeys.NormalizeName(n))).DistinctBy(t => t.Key).ToList();
        contact.Tags.RemoveAll(t => wanted.All(w => w.Key != t.Tag.NormalizedName));
        foreach (var (name, key) in wanted)
        {
            if (contact.Tags.Any(t => t.Tag.NormalizedName == key))
            {
                continue;
            }

            var tag = db.Tags.Local.FirstOrDefault(t => t.NormalizedName == key)
                ?? await db.Tags.FirstOrDefaultAsync(t => t.NormalizedName == key, cancellationToken)
                ?? db.Tags.Add(new Tag { Name = name, NormalizedName = key }).Entity;
            contact.Tags.Add(new ContactTag { Tag = tag });
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
