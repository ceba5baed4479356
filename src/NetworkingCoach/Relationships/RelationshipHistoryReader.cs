using System.Buffers;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using SQLitePCL;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Reads what the coach needs about relationships — contacts, touchpoints, referrals, tag cadences —
/// with a handful of plain SQL scans, fast enough for tens of thousands of contacts.
/// </summary>
/// <remarks>
/// Touchpoints, half a million of them in a big network, are read through SQLite's own statement API so that
/// no string is made per row: dates are parsed from the stored UTF-8 bytes and a meeting's purpose and agenda
/// are only checked for a character other than a space (what <c>trim(...) &lt;&gt; ''</c> would say).
/// </remarks>
public static class RelationshipHistoryReader
{
    // Each column read is a call into SQLite, so the small figures come packed in one integer (and both ids in
    // another) whenever they fit; a row whose values do not fit is read from columns 6 to 11, the same values one by one.
    private const string TouchpointColumns =
        """
        CASE WHEN t.ContactId BETWEEN 0 AND 2147483647 AND t.Id BETWEEN 0 AND 2147483647
                  AND t.Channel BETWEEN 0 AND 255 AND t.Direction BETWEEN 0 AND 255 AND t.Intent BETWEEN 0 AND 255
             THEN (t.ContactId << 32) | t.Id ELSE -1 END,
        t.Channel | (t.Direction << 8) | (t.Intent << 16) | ((t.Replied <> 0) << 24)
            | ((t.FollowUpOn IS NOT NULL) << 25) | ((t.MeetingPurpose IS NOT NULL) << 26) | ((t.MeetingAgenda IS NOT NULL) << 27),
        t.OccurredAt, t.FollowUpOn, t.MeetingPurpose, t.MeetingAgenda,
        t.ContactId, t.Id, t.Channel, t.Direction, t.Intent, t.Replied
        """;

    private static readonly IComparer<TouchpointFact> s_inTimeOrder = Comparer<TouchpointFact>.Create(Compare);

    // The last full read's size: the next one rents a buffer that fits at once.
    private static int s_rowsHint;

    /// <summary>Histories of every active contact, or of one contact (archived or not) when <paramref name="contactId"/> is given; times in UTC.</summary>
    public static Task<List<RelationshipHistory>> ReadAsync(AppDbContext db, int? contactId = null, CancellationToken cancellationToken = default) =>
        ReadAsync(db, TimeZoneInfo.Utc, contactId, null, cancellationToken);

    /// <summary>
    /// Histories with touchpoint times on the user's wall clock (<paramref name="zone"/>): of one contact
    /// (archived or not), of the active ones among <paramref name="contactIds"/>, or of every active contact.
    /// Each history's touchpoints are in time order (by id within the same moment).
    /// </summary>
    public static async Task<List<RelationshipHistory>> ReadAsync(AppDbContext db, TimeZoneInfo zone, int? contactId, IReadOnlyCollection<int>? contactIds, CancellationToken cancellationToken = default)
    {
        if (contactIds is { Count: 0 })
        {
            return [];
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            var builders = new List<Builder>();
            var indexById = new Dictionary<int, int>();
            var filter = contactId is not null ? "c.Id = $id"
                : contactIds is null ? "c.IsArchived = 0"
                : $"c.IsArchived = 0 AND c.Id IN ({string.Join(',', contactIds)})";
            var someOnly = contactId is not null || contactIds is not null;
            await ForEachAsync(connection, $"SELECT c.Id, c.Name, c.KnownSince, c.Closeness, c.CadenceDays FROM Contacts c WHERE {filter}", contactId, reader =>
            {
                var id = reader.GetInt32(0);
                indexById[id] = builders.Count;
                builders.Add(new Builder(id, reader.GetString(1), NullableDate(reader, 2), NullableInt(reader, 3), NullableInt(reader, 4)));
            }, cancellationToken);

            await ForEachAsync(connection, $"SELECT ct.ContactId, t.CadenceDays FROM ContactTags ct JOIN Tags t ON t.Id = ct.TagId JOIN Contacts c ON c.Id = ct.ContactId WHERE t.CadenceDays IS NOT NULL AND {filter}", contactId, reader =>
            {
                if (indexById.TryGetValue(reader.GetInt32(0), out var index))
                {
                    (builders[index].TagCadences ??= []).Add(reader.GetInt32(1));
                }
            }, cancellationToken);

            var namesGained = new Dictionary<int, int>();
            // For one contact, only the names from their own meetings: this runs on every message check.
            var namesFilter = someOnly ? $"AND SourceTouchpointId IN (SELECT t.Id FROM Touchpoints t JOIN Contacts c ON c.Id = t.ContactId WHERE {filter})" : "";
            await ForEachAsync(connection, $"SELECT SourceTouchpointId, count(*) FROM Referrals WHERE SourceTouchpointId IS NOT NULL {namesFilter} GROUP BY SourceTouchpointId", contactId, reader =>
                namesGained[reader.GetInt32(0)] = reader.GetInt32(1), cancellationToken);

            // For everyone, a plain table scan beats walking the (ContactId, OccurredAt) index; each list is put in order afterwards.
            var touchpointFilter = someOnly ? $"WHERE t.ContactId IN (SELECT c.Id FROM Contacts c WHERE {filter})" : "";
            ReadTouchpoints(connection, $"SELECT {TouchpointColumns} FROM Touchpoints t {touchpointFilter}", contactId, !someOnly, builders, indexById, namesGained, zone, cancellationToken);

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
                    if (indexById.TryGetValue(fact.ReferrerId, out var referrer))
                    {
                        (builders[referrer].Given ??= []).Add(fact);
                    }

                    if (indexById.TryGetValue(fact.ReferredId, out var referred))
                    {
                        (builders[referred].Received ??= []).Add(fact);
                    }
                }, cancellationToken);

            var histories = new List<RelationshipHistory>(builders.Count);
            foreach (var builder in builders)
            {
                histories.Add(builder.Build());
            }

            return histories;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Reads every touchpoint row into one pooled buffer, then hands each contact their slice of one array,
    /// in time order: no list growing, and no sorting where the rows already came in order.
    /// </summary>
    private static void ReadTouchpoints(SqliteConnection connection, string sql, int? contactId, bool everyone, List<Builder> builders,
        Dictionary<int, int> indexById, Dictionary<int, int> namesGained, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var wallClock = new WallClockConverter(zone);
        var facts = ArrayPool<TouchpointFact>.Shared.Rent(everyone ? Math.Max(1024, s_rowsHint) : 64);
        var owners = ArrayPool<int>.Shared.Rent(facts.Length);
        var counts = new int[builders.Count];
        var rows = 0;
        try
        {
            using var statement = Prepare(connection, sql, contactId);
            while (Step(connection, statement))
            {
                if ((rows & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var ids = raw.sqlite3_column_int64(statement, 0);
                var packed = raw.sqlite3_column_int64(statement, 1);
                var fits = ids >= 0;
                if (!fits)
                {
                    ids = ((long)raw.sqlite3_column_int(statement, 6) << 32) | (uint)raw.sqlite3_column_int(statement, 7);
                    packed = (raw.sqlite3_column_int64(statement, 11) != 0 ? 1L << 24 : 0) | NotNull(statement, 3) << 25 | NotNull(statement, 4) << 26 | NotNull(statement, 5) << 27;
                }

                if (!indexById.TryGetValue((int)(ids >> 32), out var owner))
                {
                    continue;
                }

                if (rows == facts.Length)
                {
                    Grow(ref facts, rows);
                    Grow(ref owners, rows);
                }

                var id = (int)ids;
                facts[rows] = new TouchpointFact
                {
                    Id = id,
                    OccurredAt = wallClock.ToWallClock(StoredDates.ParseDateTime(raw.sqlite3_column_blob(statement, 2))),
                    Channel = (Channel)(fits ? (int)(packed & 0xFF) : raw.sqlite3_column_int(statement, 8)),
                    Direction = (Direction)(fits ? (int)((packed >> 8) & 0xFF) : raw.sqlite3_column_int(statement, 9)),
                    Intent = (TouchpointIntent)(fits ? (int)((packed >> 16) & 0xFF) : raw.sqlite3_column_int(statement, 10)),
                    Replied = (packed & (1 << 24)) != 0,
                    FollowUpOn = (packed & (1 << 25)) == 0 ? null : StoredDates.ParseDate(raw.sqlite3_column_blob(statement, 3)),
                    HasPurpose = (packed & (1 << 26)) != 0 && HasText(raw.sqlite3_column_blob(statement, 4)),
                    HasAgenda = (packed & (1 << 27)) != 0 && HasText(raw.sqlite3_column_blob(statement, 5)),
                    NamesGained = namesGained.Count == 0 ? 0 : namesGained.GetValueOrDefault(id),
                };
                owners[rows++] = owner;
                counts[owner]++;
            }

            // One array for everyone, each contact's touchpoints a slice of it: no object per contact for the
            // collector to copy, and the array holds no references for it to trace.
            var all = new TouchpointFact[rows];
            var starts = new int[builders.Count + 1];
            for (var i = 0; i < builders.Count; i++)
            {
                starts[i + 1] = starts[i] + counts[i];
                counts[i] = starts[i];
            }

            for (var row = 0; row < rows; row++)
            {
                all[counts[owners[row]]++] = facts[row];
            }

            for (var i = 0; i < builders.Count; i++)
            {
                var length = starts[i + 1] - starts[i];
                if (length > 0)
                {
                    InTimeOrder(all, starts[i], length);
                    builders[i].Touchpoints = new ArraySegment<TouchpointFact>(all, starts[i], length);
                }
            }

            if (everyone)
            {
                s_rowsHint = rows;
            }
        }
        finally
        {
            ArrayPool<TouchpointFact>.Shared.Return(facts);
            ArrayPool<int>.Shared.Return(owners);
        }
    }

    private static void Grow<T>(ref T[] array, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, larger, used);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    /// <summary>Sorts by time, then id, so a history's order never depends on the order the store returned rows in.</summary>
    private static void InTimeOrder(TouchpointFact[] all, int start, int length)
    {
        if (length > 32)
        {
            Array.Sort(all, start, length, s_inTimeOrder);
            return;
        }

        // Most histories are short: an insertion sort, which is also free when they came in order.
        for (var i = start + 1; i < start + length; i++)
        {
            var item = all[i];
            var j = i - 1;
            for (; j >= start && Compare(all[j], item) > 0; j--)
            {
                all[j + 1] = all[j];
            }

            all[j + 1] = item;
        }
    }

    private static int Compare(TouchpointFact a, TouchpointFact b)
    {
        var byTime = a.OccurredAt.CompareTo(b.OccurredAt);
        return byTime != 0 ? byTime : a.Id.CompareTo(b.Id);
    }

    private static long NotNull(sqlite3_stmt statement, int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? 0 : 1;

    /// <summary>Whether a stored text holds anything but spaces, as SQLite's <c>trim</c> would judge it.</summary>
    private static bool HasText(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept((byte)' ') >= 0;

    private static sqlite3_stmt Prepare(SqliteConnection connection, string sql, int? contactId)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        if (contactId is not null)
        {
            rc = raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "$id"), contactId.Value);
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return statement;
    }

    /// <summary>Moves to the next row; waits out a busy database for up to the connection's command timeout, as the ADO.NET reader does.</summary>
    private static bool Step(SqliteConnection connection, sqlite3_stmt statement)
    {
        var started = Environment.TickCount64;
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                return true;
            }

            if (rc == raw.SQLITE_DONE)
            {
                return false;
            }

            if ((rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED) && Environment.TickCount64 - started < connection.DefaultTimeout * 1000L)
            {
                raw.sqlite3_reset(statement);
                Thread.Sleep(150);
                continue;
            }

            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            return false;
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

    private static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : StoredDates.ParseDate(reader.GetString(ordinal));

    private static int? NullableInt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private sealed class Builder(int id, string name, DateOnly? knownSince, int? closeness, int? cadenceDays)
    {
        public List<int>? TagCadences { get; set; }
        public IReadOnlyList<TouchpointFact> Touchpoints { get; set; } = [];
        public List<ReferralFact>? Given { get; set; }
        public List<ReferralFact>? Received { get; set; }

        public RelationshipHistory Build() => new()
        {
            ContactId = id,
            Name = name,
            KnownSince = knownSince,
            Closeness = closeness,
            CadenceDays = cadenceDays,
            TagCadenceDays = TagCadences ?? (IReadOnlyList<int>)[],
            Touchpoints = Touchpoints,
            ReferralsGiven = Given ?? (IReadOnlyList<ReferralFact>)[],
            ReferralsReceived = Received ?? (IReadOnlyList<ReferralFact>)[],
        };
    }
}
