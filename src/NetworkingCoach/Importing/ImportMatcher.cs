using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Finds the contact a row belongs to, among those stored and those earlier rows create. Every key of the
/// database is loaded once into dictionaries, so matching a row never queries.
/// </summary>
internal sealed class ImportMatcher
{
    private readonly Dictionary<string, ImportTarget> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportTarget> _byLinkedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportTarget> _byLikelyKey = new(StringComparer.Ordinal);

    public static async Task<ImportMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var matcher = new ImportMatcher();
        var targets = new Dictionary<int, ImportTarget>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            // Read directly: materialising 30,000 rows through EF Core costs more than matching them.
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = """
                    SELECT c."Id", c."Name", c."LinkedInKey", co."Name" FROM "Contacts" c LEFT JOIN "Companies" co ON co."Id" = c."CompanyId"
                    """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var name = reader.GetString(1);
                    var target = new ImportTarget(reader.GetInt32(0), name, 0);
                    targets[target.Id] = target;
                    if (!reader.IsDBNull(2) && reader.GetString(2) is { Length: > 0 } key)
                    {
                        matcher._byLinkedIn.TryAdd(key, target);
                    }

                    var likely = ContactKeys.LikelyDuplicateKey(name, reader.IsDBNull(3) ? null : reader.GetString(3));
                    if (likely.Length > 0)
                    {
                        matcher._byLikelyKey.TryAdd(likely, target);
                    }
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = """SELECT "ContactId", "NormalizedAddress" FROM "ContactEmails" """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var address = reader.GetString(1);
                    if (address.Length > 0 && targets.TryGetValue(reader.GetInt32(0), out var target))
                    {
                        matcher._byEmail.TryAdd(address, target);
                    }
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

        return matcher;
    }

    /// <summary>The contact that is certainly this person (same email or LinkedIn profile), and why.</summary>
    public (ImportTarget Target, string Reason)? FindSamePerson(RowKeys keys)
    {
        foreach (var email in keys.Emails)
        {
            if (_byEmail.TryGetValue(email, out var target))
            {
                return (target, $"same email {email} as {target.Describe()}");
            }
        }

        if (keys.LinkedIn is { } profile && _byLinkedIn.TryGetValue(profile, out var byProfile))
        {
            return (byProfile, $"same LinkedIn profile as {byProfile.Describe()}");
        }

        return null;
    }

    /// <summary>A contact with the same name and company: maybe the same person, maybe a namesake.</summary>
    public ImportTarget? FindLikely(RowKeys keys) =>
        keys.Likely.Length > 0 && _byLikelyKey.TryGetValue(keys.Likely, out var target) ? target : null;

    /// <summary>Makes the row's keys find <paramref name="target"/> from now on (first owner of a key keeps it).</summary>
    public void Register(RowKeys keys, ImportTarget target)
    {
        foreach (var email in keys.Emails)
        {
            _byEmail.TryAdd(email, target);
        }

        if (keys.LinkedIn is { } profile)
        {
            _byLinkedIn.TryAdd(profile, target);
        }

        if (keys.Likely.Length > 0)
        {
            _byLikelyKey.TryAdd(keys.Likely, target);
        }
    }
}
