using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Writes planned rows chunk by chunk, each chunk in its own transaction begun by the caller: creates contacts
/// (with prepared statements), merges into stored ones through EF Core (keeping their previous state for the
/// undo) and records the batch items. Nothing is kept after a chunk, so memory does not grow with the file.
/// Companies and tags others add between two chunks are read in first (<see cref="Begin"/>).
/// </summary>
internal sealed class ImportBatchWriter : IDisposable
{
    private readonly AppDbContext _db;
    private readonly DateTime _now;
    private readonly Dictionary<string, Company> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _companyNames = [];
    private readonly Dictionary<string, Tag> _tags = new(StringComparer.Ordinal);
    private readonly HashSet<int> _itemized = [];
    private readonly List<Company> _newCompanies = [];
    private readonly List<Tag> _newTags = [];
    private ImportSqlWriter? _sql;
    private int _seenCompanyId;
    private int _seenTagId;

    private ImportBatchWriter(AppDbContext db, DateTime now)
    {
        _db = db;
        _now = now;
    }

    public static ImportBatchWriter Create(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var writer = new ImportBatchWriter(db, now);
        writer.CatchUp(cancellationToken);
        return writer;
    }

    /// <summary>The highest contact id the import has written (0 before any).</summary>
    public int LastContactId => _sql?.LastContactId ?? 0;

    /// <summary>Starts writing in the context's current transaction: reads in the companies and tags saved since the last look.</summary>
    public void Begin(CancellationToken cancellationToken)
    {
        CatchUp(cancellationToken);
        _sql ??= new ImportSqlWriter((SqliteConnection)_db.Database.GetDbConnection());
        _sql.Begin();
    }

    private void CatchUp(CancellationToken cancellationToken)
    {
        ImportStoreReader.ForEach(_db, """SELECT "Id", "Name", "NormalizedName" FROM "Companies" WHERE "Id" > $after""", _seenCompanyId, row =>
        {
            var company = new Company { Id = row.GetInt32(0), Name = row.GetString(1), NormalizedName = row.GetString(2) };
            _companies.TryAdd(company.NormalizedName, company);
            _companyNames[company.Id] = company.Name;
            _seenCompanyId = Math.Max(_seenCompanyId, company.Id);
        }, cancellationToken);
        ImportStoreReader.ForEach(_db, """SELECT "Id", "Name", "NormalizedName" FROM "Tags" WHERE "Id" > $after""", _seenTagId, row =>
        {
            var tag = new Tag { Id = row.GetInt32(0), Name = row.GetString(1), NormalizedName = row.GetString(2) };
            _tags.TryAdd(tag.NormalizedName, tag);
            _seenTagId = Math.Max(_seenTagId, tag.Id);
        }, cancellationToken);
    }

    public async Task WriteAsync(int batchId, IReadOnlyList<RowPlan> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var storedIds = chunk.Where(p => p.Outcome == ImportRowOutcome.Merge && p.Target!.Pending is null).Select(p => p.Target!.Id).Distinct().ToList();
        var stored = storedIds.Count == 0
            ? []
            : await _db.Contacts
                .Include(c => c.Emails)
                .Include(c => c.Phones)
                .Include(c => c.Tags)
                .AsSplitQuery()
                // Ids inlined as constants: with the ids as one parameter this query took seconds per chunk of 2,000 merges.
                .Where(c => EF.Constant(storedIds).Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, cancellationToken);

        var created = new List<(ImportTarget Target, Contact Contact)>();
        var before = new Dictionary<int, ContactSnapshot>();
        var made = new Dictionary<Contact, (List<Company> Companies, List<Tag> Tags)>(ReferenceEqualityComparer.Instance);
        foreach (var plan in chunk)
        {
            var row = plan.Row;
            var target = plan.Target!;
            if (plan.Outcome is ImportRowOutcome.New or ImportRowOutcome.LikelyDuplicate)
            {
                var contact = NewContact(row);
                Fill(contact, row, made);
                target.Pending = contact;
                created.Add((target, contact));
                continue;
            }

            var existing = target.Pending ?? stored.GetValueOrDefault(target.Id);
            if (existing is null)
            {
                continue;
            }

            var isStored = target.Pending is null && !target.CreatedByImport && !_itemized.Contains(existing.Id) && !before.ContainsKey(existing.Id);
            var snapshot = isStored ? Snapshot(existing) : null;
            if (Fill(existing, row, made))
            {
                existing.UpdatedAt = _now;
                if (snapshot is not null)
                {
                    before[existing.Id] = snapshot;
                }
            }
        }

        var sql = _sql ?? throw new InvalidOperationException("Begin must be called in each transaction before writing.");
        foreach (var company in _newCompanies)
        {
            sql.Insert(company);
            _companyNames[company.Id] = company.Name;
            _seenCompanyId = Math.Max(_seenCompanyId, company.Id);
        }

        foreach (var tag in _newTags)
        {
            sql.Insert(tag);
            _seenTagId = Math.Max(_seenTagId, tag.Id);
        }

        _newCompanies.Clear();
        _newTags.Clear();
        foreach (var contact in created.Select(c => c.Contact).Concat(stored.Values))
        {
            UseIds(contact);
        }

        foreach (var (target, contact) in created)
        {
            sql.Insert(contact);
            target.Id = contact.Id;
            target.Pending = null;
        }

        _db.ChangeTracker.DetectChanges();
        await _db.SaveChangesAsync(cancellationToken);

        // New contacts got consecutive ids, so runs of them are recorded in one statement; those that created a company or tag carry a record.
        var runStart = -1;
        for (var i = 0; i <= created.Count; i++)
        {
            var record = i < created.Count && made.TryGetValue(created[i].Contact, out var entities) ? entities : default;
            if (i < created.Count && record.Companies is null)
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0)
            {
                sql.InsertCreatedItems(batchId, created[runStart].Contact.Id, created[i - 1].Contact.Id);
                runStart = -1;
            }

            if (i < created.Count)
            {
                sql.Insert(NewItem(batchId, created[i].Contact.Id, ImportItemKind.Created, null, record));
            }
        }

        var merged = before.Select(b => NewItem(batchId, b.Key, ImportItemKind.Merged, b.Value, made.GetValueOrDefault(stored[b.Key]))).ToList();
        foreach (var item in merged)
        {
            sql.Insert(item);
        }

        var recorded = created.Select(c => c.Contact.Id).Concat(before.Keys).ToHashSet();

        // A company or tag first needed by a contact recorded in an earlier chunk goes on that contact's item.
        foreach (var (contact, entities) in made)
        {
            if (!recorded.Contains(contact.Id) && _itemized.Contains(contact.Id))
            {
                var item = await _db.ImportBatchItems.FirstAsync(i => i.ImportBatchId == batchId && i.ContactId == contact.Id, cancellationToken);
                var record = ImportItemRecord.FromJson(item.Before);
                item.Before = (record with
                {
                    CreatedCompanyIds = [.. record.CreatedCompanyIds, .. entities.Companies.Select(c => c.Id)],
                    CreatedTagIds = [.. record.CreatedTagIds, .. entities.Tags.Select(t => t.Id)],
                }).ToJson();
            }
        }

        _itemized.UnionWith(recorded);
        _db.ChangeTracker.DetectChanges();
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();

        // Each chunk commits on its own, so its items carry their contacts' versions now: an edit made between two chunks blocks the undo.
        // New contacts were recorded with their version already; merges bumped theirs.
        if (stored.Count == 0)
        {
            return;
        }

        var touched = System.Text.Json.JsonSerializer.Serialize(stored.Keys);
        await _db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE "ImportBatchItems" SET "ContactVersionAfter" = (SELECT "Version" FROM "Contacts" WHERE "Contacts"."Id" = "ImportBatchItems"."ContactId")
            WHERE "ImportBatchId" = {batchId} AND "ContactId" IN (SELECT "value" FROM json_each({touched}))
            """,
            cancellationToken);
    }

    /// <summary>Stamps the batch with its counts and the time it completed.</summary>
    public async Task FinishAsync(int batchId, string format, ImportCounts counts, DateTime completedAt, CancellationToken cancellationToken)
    {
        await _db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(
            set => set
                .SetProperty(b => b.Format, format)
                .SetProperty(b => b.CompletedAt, completedAt)
                .SetProperty(b => b.RowCount, counts.Rows)
                .SetProperty(b => b.CreatedCount, counts.Created)
                .SetProperty(b => b.MergedCount, counts.Merged)
                .SetProperty(b => b.DuplicateCount, counts.LikelyDuplicates)
                .SetProperty(b => b.ErrorCount, counts.Errors),
            cancellationToken);
    }

    public void Dispose() => _sql?.Dispose();

    // Companies and tags new in this chunk were inserted first; the contacts now point at them by id.
    private static void UseIds(Contact contact)
    {
        if (contact.Company is { } company)
        {
            contact.CompanyId = company.Id;
            contact.Company = null;
        }

        foreach (var link in contact.Tags.Where(t => t.Tag is not null))
        {
            link.TagId = link.Tag.Id;
            link.Tag = null!;
        }
    }

    private Contact NewContact(ImportedRow row) => new()
    {
        Name = row.Name.Trim(),
        CreatedAt = _now,
        UpdatedAt = _now,
    };

    // Fills the contact from the row under the merge rules; a new contact starts empty, so it takes everything.
    private bool Fill(Contact contact, ImportedRow row, Dictionary<Contact, (List<Company> Companies, List<Tag> Tags)> made)
    {
        var changed = ContactFill.FillEmpty(contact, row.Title, row.Location, row.HowWeMet, row.KnownSince, row.Closeness, row.Notes, row.LinkedInUrl, row.Birthday);
        changed |= ContactFill.AddEmails(contact, row.Emails.Select(e => (e.Value, e.Label)));
        changed |= ContactFill.AddPhones(contact, row.Phones.Select(p => (p.Value, p.Label)));
        if (contact.CompanyId is null && contact.Company is null && ContactFill.Clean(row.Company) is { } companyName)
        {
            var company = FindOrCreateCompany(companyName, contact, made);
            if (company.Id == 0)
            {
                contact.Company = company;
            }
            else
            {
                contact.CompanyId = company.Id;
            }

            changed = true;
        }

        foreach (var name in row.Tags)
        {
            var key = ContactKeys.NormalizeName(name);
            if (key.Length == 0 || name.Trim().Length > FieldLimits.Tag || contact.Tags.Count >= FieldLimits.MaxTagsPerContact)
            {
                continue;
            }

            var tag = FindOrCreateTag(name.Trim(), key, contact, made);
            if (contact.Tags.Any(t => (tag.Id != 0 && t.TagId == tag.Id) || ReferenceEquals(t.Tag, tag)))
            {
                continue;
            }

            contact.Tags.Add(tag.Id == 0 ? new ContactTag { Tag = tag } : new ContactTag { TagId = tag.Id });
            changed = true;
        }

        if (changed)
        {
            ContactFill.RefreshSearchText(contact, contact.Company?.Name ?? (contact.CompanyId is { } id ? _companyNames.GetValueOrDefault(id) : null));
        }

        return changed;
    }

    private Company FindOrCreateCompany(string name, Contact owner, Dictionary<Contact, (List<Company> Companies, List<Tag> Tags)> made)
    {
        var key = ContactKeys.NormalizeName(name);
        if (_companies.TryGetValue(key, out var company))
        {
            return company;
        }

        company = new Company { Name = name, NormalizedName = key, CreatedAt = _now };
        _companies[key] = company;
        _newCompanies.Add(company);
        Made(owner, made).Companies.Add(company);
        return company;
    }

    private Tag FindOrCreateTag(string name, string key, Contact owner, Dictionary<Contact, (List<Company> Companies, List<Tag> Tags)> made)
    {
        if (_tags.TryGetValue(key, out var tag))
        {
            return tag;
        }

        tag = new Tag { Name = name, NormalizedName = key };
        _tags[key] = tag;
        _newTags.Add(tag);
        Made(owner, made).Tags.Add(tag);
        return tag;
    }

    private static (List<Company> Companies, List<Tag> Tags) Made(Contact owner, Dictionary<Contact, (List<Company> Companies, List<Tag> Tags)> made)
    {
        if (!made.TryGetValue(owner, out var entities))
        {
            entities = ([], []);
            made[owner] = entities;
        }

        return entities;
    }

    private static ImportBatchItem NewItem(int batchId, int contactId, ImportItemKind kind, ContactSnapshot? before, (List<Company> Companies, List<Tag> Tags) made)
    {
        var record = new ImportItemRecord
        {
            Contact = before,
            CreatedCompanyIds = made.Companies?.Select(c => c.Id).ToList() ?? [],
            CreatedTagIds = made.Tags?.Select(t => t.Id).ToList() ?? [],
        };
        var empty = before is null && record.CreatedCompanyIds.Count == 0 && record.CreatedTagIds.Count == 0;
        return new ImportBatchItem { ImportBatchId = batchId, ContactId = contactId, Kind = kind, Before = empty ? null : record.ToJson() };
    }

    private static ContactSnapshot Snapshot(Contact contact) => new()
    {
        Name = contact.Name,
        CompanyId = contact.CompanyId,
        Title = contact.Title,
        Location = contact.Location,
        HowWeMet = contact.HowWeMet,
        KnownSince = contact.KnownSince,
        Birthday = contact.Birthday,
        Closeness = contact.Closeness,
        Notes = contact.Notes,
        LinkedInUrl = contact.LinkedInUrl,
        LinkedInKey = contact.LinkedInKey,
        UpdatedAt = contact.UpdatedAt,
        Version = contact.Version,
        SearchText = contact.SearchText,
        EmailIds = contact.Emails.Select(e => e.Id).ToList(),
        PhoneIds = contact.Phones.Select(p => p.Id).ToList(),
        TagIds = contact.Tags.Select(t => t.TagId).ToList(),
    };
}
