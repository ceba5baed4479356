using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Tests.Relationships;

/// <summary>
/// The coach's first history reader, kept as the reference the lean reader is checked against: every row
/// through the ADO.NET reader, trimming in SQL, each list sorted by time afterwards.
/// </summary>
public static class ReferenceHistoryReader
{
    /// <summary>
    /// Histories with touchpoint times on the user's wall clock (<paramref name="zone"/>): of one contact
    /// (archived or not), of the active ones among <paramref name="contactIds"/>, or of every active contact.
    /// </summary>
    public static async Task<List<RelationshipHistory>> ReadAsync(AppDbContext db, TimeZoneInfo zone, int? contactId, IReadOnlyCollection<int>? contactIds, CancellationToken cancellationToken = default)
    {
        if (contactIds is { Count: 0 })
        {
            return [];
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            var contacts = new Dictionary<int, Builder>();
            var filter = contactId is not null ? "c.Id = $id"
                : contactIds is null ? "c.IsArchived = 0"
                : $"c.IsArchived = 0 AND c.Id IN ({string.Join(',', contactIds)})";
            var someOnly = contactId is not null || contactIds is not null;
            await ForEachAsync(connection, $"SELECT c.Id, c.Name, c.KnownSince, c.Closeness, c.CadenceDays FROM Contacts c WHERE {filter}", contactId, reader =>
            {
                var id = reader.GetInt32(0);
                contacts[id] = new Builder(id, reader.GetString(1), NullableDate(reader, 2), NullableInt(reader, 3), NullableInt(reader, 4));
            }, cancellationToken);

            await ForEachAsync(connection, $"SELECT ct.ContactId, t.CadenceDays FROM ContactTags ct JOIN Tags t ON t.Id = ct.TagId JOIN Contacts c ON c.Id = ct.ContactId WHERE t.CadenceDays IS NOT NULL AND {filter}", contactId, reader =>
            {
                if (contacts.TryGetValue(reader.GetInt32(0), out var builder))
                {
                    builder.TagCadences.Add(reader.GetInt32(1));
                }
            }, cancellationToken);

            var namesGained = new Dictionary<int, int>();
            // For one contact, only the names from their own meetings: this runs on every message check.
            var namesFilter = someOnly ? $"AND SourceTouchpointId IN (SELECT t.Id FROM Touchpoints t JOIN Contacts c ON c.Id = t.ContactId WHERE {filter})" : "";
            await ForEachAsync(connection, $"SELECT SourceTouchpointId, count(*) FROM Referrals WHERE SourceTouchpointId IS NOT NULL {namesFilter} GROUP BY SourceTouchpointId", contactId, reader =>
                namesGained[reader.GetInt32(0)] = reader.GetInt32(1), cancellationToken);

            // For everyone, a plain table scan beats walking the (ContactId, OccurredAt) index; each list is sorted afterwards.
            var touchpointFilter = someOnly ? $"WHERE t.ContactId IN (SELECT c.Id FROM Contacts c WHERE {filter})" : "";
            var toWallClock = zone == TimeZoneInfo.Utc ? null : zone;
            await ForEachAsync(connection,
                $"""
                SELECT t.Id, t.ContactId, t.OccurredAt, t.Channel, t.Direction, t.Intent, t.Replied, t.FollowUpOn,
                       coalesce(trim(t.MeetingPurpose), '') <> '', coalesce(trim(t.MeetingAgenda), '') <> ''
                FROM Touchpoints t {touchpointFilter}
                """, contactId, reader =>
                {
                    if (!contacts.TryGetValue(reader.GetInt32(1), out var builder))
                    {
                        return;
                    }

                    var id = reader.GetInt32(0);
                    builder.Touchpoints.Add(new TouchpointFact
                    {
                        Id = id,
                        OccurredAt = WallClock(StoredDates.ParseDateTime(reader.GetString(2)), toWallClock),
                        Channel = (Channel)reader.GetInt32(3),
                        Direction = (Direction)reader.GetInt32(4),
                        Intent = (TouchpointIntent)reader.GetInt32(5),
                        Replied = reader.GetBoolean(6),
                        FollowUpOn = NullableDate(reader, 7),
                        HasPurpose = reader.GetBoolean(8),
                        HasAgenda = reader.GetBoolean(9),
                        NamesGained = namesGained.GetValueOrDefault(id),
                    });
                }, cancellationToken);

            foreach (var builder in contacts.Values)
            {
                builder.Touchpoints.Sort(static (a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
            }

            var referralFilter = someOnly ? $"(r.ReferrerId IN (SELECT c.Id FROM Contacts c WHERE {filter}) OR r.ReferredId IN (SELECT c.Id FROM Contacts c WHERE {filter}))" : "1 = 1";
            await ForEachAsync(connection,
                $"""
                SELECT r.Id, r.ReferrerId, a.Name, r.ReferredId, b.Name, r.Status, r.SuggestedOn, r.ContactedOn, r.MetOn, r.ThankedOn, r.SourceTouchpointId
                FROM Referrals r JOIN Contacts a ON a.Id = r.ReferrerId JOIN Contacts b ON b.Id = r.ReferredId
                WHERE {referralFilter}
                """, contactId, reader =>
                {
                    var fact = new ReferralFact
                    {
                        Id = reader.GetInt32(0),
                        ReferrerId = reader.GetInt32(1),
                        ReferrerName = reader.GetString(2),
                        ReferredId = reader.GetInt32(3),
                        ReferredName = reader.GetString(4),
                        Status = (ReferralStatus)reader.GetInt32(5),
                        SuggestedOn = StoredDates.ParseDate(reader.GetString(6)),
                        ContactedOn = NullableDate(reader, 7),
                        MetOn = NullableDate(reader, 8),
                        ThankedOn = NullableDate(reader, 9),
                        SourceTouchpointId = NullableInt(reader, 10),
                    };
                    if (contacts.TryGetValue(fact.ReferrerId, out var referrer))
                    {
                        referrer.Given.Add(fact);
                    }

                    if (contacts.TryGetValue(fact.ReferredId, out var referred))
                    {
                        referred.Received.Add(fact);
                    }
                }, cancellationToken);

            return contacts.Values.Select(b => b.Build()).ToList();
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task ForEachAsync(DbConnection connection, string sql, int? contactId, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (contactId is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$id";
            parameter.Value = contactId.Value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    private static DateTime WallClock(DateTime utc, TimeZoneInfo? zone) =>
        zone is null ? utc : DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), DateTimeKind.Utc);

    private static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : StoredDates.ParseDate(reader.GetString(ordinal));

    private static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private sealed class Builder(int id, string name, DateOnly? knownSince, int? closeness, int? cadenceDays)
    {
        public List<int> TagCadences { get; } = [];
        public List<TouchpointFact> Touchpoints { get; } = [];
        public List<ReferralFact> Given { get; } = [];
        public List<ReferralFact> Received { get; } = [];

        public RelationshipHistory Build() => new()
        {
            ContactId = id,
            Name = name,
            KnownSince = knownSince,
            Closeness = closeness,
            CadenceDays = cadenceDays,
            TagCadenceDays = TagCadences,
            Touchpoints = Touchpoints,
            ReferralsGiven = Given,
            ReferralsReceived = Received,
        };
    }
}
