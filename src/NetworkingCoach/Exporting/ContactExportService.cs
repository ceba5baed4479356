using System.Text;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Exporting;

/// <summary>Streams all contacts, or those a grid filter shows, to CSV or vCard 4.0 a page at a time.</summary>
public sealed class ContactExportService(IDbContextFactory<AppDbContext> factory, Relationships.CoachService coach)
{
    private const int PageSize = 1_000;

    public static string ContentType(ExportFormat format) => format == ExportFormat.VCard ? "text/vcard" : "text/csv";

    public static string FileName(ExportFormat format) => format == ExportFormat.VCard ? "contacts.vcf" : "contacts.csv";

    /// <summary>Writes the contacts matching <paramref name="filter"/> (paging ignored; null means every contact) and returns how many.</summary>
    public async Task<int> WriteAsync(Stream output, ExportFormat format, ContactQuery? filter = null, CancellationToken cancellationToken = default)
    {
        filter = (filter ?? new ContactQuery { Archived = ArchiveFilter.All }) with { Skip = 0 };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var filtered = ContactFilters.Apply(db.Contacts.AsNoTracking(), filter);
        if (ContactCoachFilter.IsNeeded(filter))
        {
            var snapshot = await coach.GetSnapshotAsync(cancellationToken);
            var ids = await filtered.Select(c => c.Id).ToListAsync(cancellationToken);
            var matching = ids.Where(id => ContactCoachFilter.Matches(snapshot, id, filter)).ToList();
            filtered = db.Contacts.AsNoTracking().Where(c => matching.Contains(c.Id));
        }

        // Computed sorts (tie, flags) fall back to name order in a file.
        var sortBy = filter.SortBy is ContactSortField.TieStrength or ContactSortField.Flags ? ContactSortField.Name : filter.SortBy;
        var contacts = ContactFilters.Sort(filtered, sortBy, filter.Descending);

        // The writers are synchronous; each page is written to memory and copied out asynchronously.
        var buffer = new StringWriter();
        var encoding = new UTF8Encoding(false);
        var csv = format == ExportFormat.Csv ? new ContactCsvWriter(buffer, leaveOpen: true) : null;
        var vcard = format == ExportFormat.VCard ? new VCardWriter(buffer) : null;
        if (csv is not null)
        {
            await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        }

        var total = 0;
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await contacts.Skip(skip).Take(PageSize)
                .Select(c => new ExportedContact
                {
                    Name = c.Name,
                    Emails = c.Emails.OrderBy(e => e.Position).Select(e => new Importing.LabeledValue(e.Address, e.Label)).ToList(),
                    Phones = c.Phones.OrderBy(p => p.Position).Select(p => new Importing.LabeledValue(p.Number, p.Label)).ToList(),
                    Company = c.Company == null ? null : c.Company.Name,
                    Title = c.Title,
                    Location = c.Location,
                    LinkedInUrl = c.LinkedInUrl,
                    HowWeMet = c.HowWeMet,
                    KnownSince = c.KnownSince,
                    Birthday = c.Birthday,
                    Closeness = c.Closeness,
                    Tags = c.Tags.Select(t => t.Tag.Name).OrderBy(n => n).ToList(),
                    Notes = c.Notes,
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            foreach (var contact in page)
            {
                csv?.Write(contact);
                vcard?.Write(contact);
            }

            total += page.Count;
            if (page.Count < PageSize)
            {
                // Disposing writes the header even when there was nobody to export.
                csv?.Dispose();
                await FlushAsync(buffer, encoding, output, cancellationToken);
                return total;
            }

            csv?.Flush();
            await FlushAsync(buffer, encoding, output, cancellationToken);
        }
    }

    private static async Task FlushAsync(StringWriter buffer, Encoding encoding, Stream output, CancellationToken cancellationToken)
    {
        var text = buffer.GetStringBuilder();
        if (text.Length == 0)
        {
            return;
        }

        await output.WriteAsync(encoding.GetBytes(text.ToString()), cancellationToken);
        text.Clear();
    }
}
