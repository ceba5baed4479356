using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NetworkingCoach.Data;
using NetworkingCoach.Matching;

namespace NetworkingCoach.Importing;

/// <summary>
/// Finds the contact a row belongs to, among those stored and those earlier rows create, with the same-person
/// matcher. Every key of the database is loaded once into an index, so matching a row never queries.
/// </summary>
internal sealed class ImportMatcher(SamePersonMatcher matcher)
{
    private readonly SamePersonMatcher _matcher = matcher;
    private readonly SamePersonIndex<ImportTarget> _index = new();

    public static async Task<ImportMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var importMatcher = new ImportMatcher(await SamePersonMatcherLoader.LoadAsync(db, cancellationToken));
        var people = new Dictionary<int, StoredRow>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            // Read directly: materialising 30,000 rows through EF Core costs more than matching them.
            await foreach (var row in ReadAsync(db, """
                SELECT c."Id", c."Name", c."LinkedInKey", co."Name" FROM "Contacts" c LEFT JOIN "Companies" co ON co."Id" = c."CompanyId"
                """, cancellationToken))
            {
                var (id, name) = (row.GetInt32(0), row.GetString(1));
                people[id] = new StoredRow(new ImportTarget(id, name, 0), row.IsDBNull(3) ? null : row.GetString(3), row.IsDBNull(2) ? null : row.GetString(2));
            }

            await foreach (var row in ReadAsync(db, """SELECT "ContactId", "NormalizedAddress" FROM "ContactEmails" ORDER BY "ContactId", "Position" """, cancellationToken))
            {
                if (people.TryGetValue(row.GetInt32(0), out var person))
                {
                    person.Emails.Add(row.GetString(1));
                }
            }

            await foreach (var row in ReadAsync(db, """SELECT "ContactId", "Number" FROM "ContactPhones" ORDER BY "ContactId", "Position" """, cancellationToken))
            {
                if (people.TryGetValue(row.GetInt32(0), out var person))
                {
                    person.Phones.Add(row.GetString(1));
                }
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        foreach (var person in people.Values)
        {
            var keys = importMatcher._matcher.Keys(person.Target.Name, person.Company, person.Emails, person.Phones, null) with
            {
                LinkedIn = string.IsNullOrEmpty(person.LinkedInKey) ? null : person.LinkedInKey,
            };
            importMatcher._index.Add(keys, person.Target);
        }

        return importMatcher;
    }

    /// <summary>The row's keys, worked out once.</summary>
    public PersonKeys KeysOf(ImportedRow row) =>
        _matcher.Keys(row.Name, row.Company, row.Emails.Select(e => e.Value), row.Phones.Select(p => p.Value), row.LinkedInUrl);

    /// <summary>The contact the row is (certain) or may be (likely), and the matcher's verdict; null when nobody.</summary>
    public (ImportTarget Target, SamePersonMatch Match)? Find(PersonKeys keys) => _index.Find(keys);

    /// <summary>Makes the row's keys find <paramref name="target"/> from now on (first owner of an email, phone or profile keeps it).</summary>
    public void Register(PersonKeys keys, ImportTarget target) => _index.Add(keys, target);

    private static async IAsyncEnumerable<System.Data.Common.DbDataReader> ReadAsync(
        AppDbContext db, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }

    private sealed record StoredRow(ImportTarget Target, string? Company, string? LinkedInKey)
    {
        public List<string> Emails { get; } = [];
        public List<string> Phones { get; } = [];
    }
}
