using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;
using NetworkingCoach.Matching;

namespace NetworkingCoach.Importing;

/// <summary>
/// Finds the contact a row belongs to, among those stored and those earlier rows create, with the same-person
/// matcher. Every key of the database is loaded once into an index, so matching a row never queries; contacts
/// others add while an import runs are read in before each of its transactions (<see cref="CatchUpAsync"/>).
/// </summary>
internal sealed class ImportMatcher(SamePersonMatcher matcher)
{
    private readonly SamePersonMatcher _matcher = matcher;
    private readonly SamePersonIndex<ImportTarget> _index = new();
    // Company names repeat (thousands of people share a few hundred companies): fold each once. Rows are keyed while the stored people load.
    private readonly ConcurrentDictionary<string, string> _foldedCompanies = new(StringComparer.Ordinal);
    private int _seenId;
    private int _keyedRows, _keyedSpellings;

    /// <summary>A matcher with the stored settings and an empty index; <see cref="CatchUpAsync"/> fills it.</summary>
    public static async Task<ImportMatcher> CreateAsync(AppDbContext db, CancellationToken cancellationToken) =>
        new(await SamePersonMatcherLoader.LoadAsync(db, cancellationToken));

    public static async Task<ImportMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var importMatcher = await CreateAsync(db, cancellationToken);
        await importMatcher.CatchUpAsync(db, cancellationToken);
        return importMatcher;
    }

    /// <summary>Indexes the contacts stored after the last one seen (by id): all of them the first time, later those others saved meanwhile.</summary>
    public async Task CatchUpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var people = new Dictionary<int, StoredRow>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            // Read directly and synchronously (SQLite answers from the same thread either way): materialising 30,000 rows
            // through EF Core, or an await per row, costs more than matching them. Company names are read and folded once
            // per company rather than once per person.
            var companies = new Dictionary<long, string>();
            ImportStoreReader.ForEach(db, """SELECT "Id", "Name" FROM "Companies" WHERE "Id" IN (SELECT "CompanyId" FROM "Contacts" WHERE "Id" > $after)""", _seenId, row =>
                companies[row.GetInt64(0)] = Fold(row.GetString(1)), cancellationToken);
            ImportStoreReader.ForEach(db, """SELECT "Id", "Name", "LinkedInKey", "CompanyId" FROM "Contacts" WHERE "Id" > $after""", _seenId, row =>
            {
                var id = row.GetInt32(0);
                var company = row.IsDBNull(3) ? "" : companies.GetValueOrDefault(row.GetInt64(3), "");
                people[id] = new StoredRow(new ImportTarget(id, row.GetString(1), 0), company, row.IsDBNull(2) ? null : row.GetString(2));
            }, cancellationToken);

            if (people.Count == 0)
            {
                return;
            }

            ImportStoreReader.ForEach(db, """SELECT "ContactId", "NormalizedAddress" FROM "ContactEmails" WHERE "ContactId" > $after ORDER BY "ContactId", "Position" """, _seenId, row =>
            {
                if (people.TryGetValue(row.GetInt32(0), out var person))
                {
                    (person.Emails ??= []).Add(row.GetString(1));
                }
            }, cancellationToken);

            ImportStoreReader.ForEach(db, """SELECT "ContactId", "Number" FROM "ContactPhones" WHERE "ContactId" > $after ORDER BY "ContactId", "Position" """, _seenId, row =>
            {
                if (people.TryGetValue(row.GetInt32(0), out var person))
                {
                    (person.Phones ??= []).Add(row.GetString(1));
                }
            }, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        _index.EnsureCapacity(people.Count);
        foreach (var person in people.Values)
        {
            var keys = _matcher.Keys(person.Target.Name, null, person.Emails ?? [], person.Phones ?? [], null) with
            {
                Company = person.CompanyKey,
                LinkedIn = string.IsNullOrEmpty(person.LinkedInKey) ? null : person.LinkedInKey,
            };
            _index.Add(keys, person.Target);
            _seenId = Math.Max(_seenId, person.Target.Id);
        }
    }

    /// <summary>Contacts up to this id are indexed already (the import's own, once written).</summary>
    public void Seen(int id) => _seenId = Math.Max(_seenId, id);

    /// <summary>The row's keys, worked out once.</summary>
    public PersonKeys KeysOf(ImportedRow row)
    {
        var keys = _matcher.Keys(row.Name, null, row.Emails.Select(e => e.Value), row.Phones.Select(p => p.Value), row.LinkedInUrl) with { Company = Fold(row.Company) };
        _keyedRows++;
        _keyedSpellings += SamePersonIndex<ImportTarget>.SpellingKeys(keys);
        return keys;
    }

    /// <summary>
    /// Makes room in the index for the rows keyed so far and, scaled by <paramref name="fileFactor"/> (the file's length over
    /// the part read), for those still to come; before any is registered, once the stored people are in.
    /// </summary>
    public void ExpectRows(double fileFactor)
    {
        var factor = Math.Clamp(fileFactor, 1, 100);
        _index.EnsureCapacity((int)(_keyedRows * factor), (int)(_keyedSpellings * factor));
    }

    /// <summary>The contact the row is (certain) or may be (likely), and the matcher's verdict; null when nobody.</summary>
    public (ImportTarget Target, SamePersonMatch Match)? Find(PersonKeys keys) => _index.Find(keys);

    /// <summary>Makes the row's keys find <paramref name="target"/> from now on (first owner of an email, phone or profile keeps it).</summary>
    public void Register(PersonKeys keys, ImportTarget target) => _index.Add(keys, target);

    private string Fold(string? company) =>
        string.IsNullOrEmpty(company) ? "" : _foldedCompanies.GetOrAdd(company, SamePersonMatcher.CompanyKey);

    private sealed record StoredRow(ImportTarget Target, string CompanyKey, string? LinkedInKey)
    {
        public List<string>? Emails { get; set; }
        public List<string>? Phones { get; set; }
    }
}
