using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NetworkingCoach.Data;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// Fills a migrated database with a large synthetic network through prepared statements in one
/// transaction: contacts of every kind, touchpoints over three years (more of them recent), meetings,
/// follow-ups around today and referrals from meetings.
/// </summary>
public static class BigNetworkBuilder
{
    public static TimeSpan Build(string connectionString, int contactCount, int touchpointCount, DateTime nowUtc, int seed = 47)
    {
        var started = Stopwatch.GetTimestamp();
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var stamp = RawSql.Text(nowUtc);

        using var contact = Command(connection, transaction,
            "INSERT INTO Contacts (Id, Name, KnownSince, Closeness, IsArchived, CreatedAt, UpdatedAt, Version, SearchText) VALUES ($id, $name, $known, $closeness, $archived, $at, $at, 0, $search)",
            "$id", "$name", "$known", "$closeness", "$archived", "$at", "$search");
        for (var i = 1; i <= contactCount; i++)
        {
            var name = $"Person {i:D6}";
            Run(contact, i, name, RawSql.Text(DateOnly.FromDateTime(nowUtc.AddDays(-random.Next(30, 4000)))),
                random.NextDouble() < 0.3 ? random.Next(1, 6) : null, random.NextDouble() < 0.02 ? 1 : 0, stamp, name.ToLowerInvariant());
        }

        using var touch = Command(connection, transaction,
            """
            INSERT INTO Touchpoints (Id, ContactId, OccurredAt, Channel, Direction, Intent, Replied, Summary, FollowUpOn, MeetingPurpose, MeetingAgenda, CreatedAt, UpdatedAt)
            VALUES ($id, $contact, $at, $channel, $direction, $intent, $replied, $summary, $followUp, $purpose, $agenda, $at, $at)
            """,
            "$id", "$contact", "$at", "$channel", "$direction", "$intent", "$replied", "$summary", "$followUp", "$purpose", "$agenda");
        var meetings = new List<(int Id, int Contact, DateTime At)>();
        for (var id = 1; id <= touchpointCount; id++)
        {
            // Skewed so a tenth of the people hold about half of the touchpoints, and towards recent months, as in an active search.
            var contactId = random.NextDouble() < 0.5 ? random.Next(1, contactCount / 10 + 1) : random.Next(1, contactCount + 1);
            var daysAgo = (int)(Math.Pow(random.NextDouble(), 1.25) * 1100) - 7;
            var at = nowUtc.Date.AddDays(-daysAgo).AddMinutes(random.Next(7 * 60, 21 * 60));
            var intent = random.Next(0, 7);
            var isMeeting = intent == 6;
            DateOnly? followUp = random.NextDouble() < 0.03 ? DateOnly.FromDateTime(at.AddDays(random.Next(3, 30))) : null;
            Run(touch, id, contactId, RawSql.Text(at), random.Next(0, 8), random.Next(0, 3), intent, random.NextDouble() < 0.6 ? 1 : 0,
                "Caught up about work and family.", followUp is { } f ? RawSql.Text(f) : null,
                isMeeting && random.NextDouble() < 0.8 ? "Learn how their team hires" : null,
                isMeeting && random.NextDouble() < 0.7 ? "Their path\nSkills in demand\nWho else to talk to" : null);
            if (isMeeting)
            {
                meetings.Add((id, contactId, at));
            }
        }

        using var referral = Command(connection, transaction,
            "INSERT OR IGNORE INTO Referrals (ReferrerId, ReferredId, SourceTouchpointId, Status, SuggestedOn, CreatedAt) VALUES ($referrer, $referred, $source, $status, $suggested, $at)",
            "$referrer", "$referred", "$source", "$status", "$suggested", "$at");
        foreach (var meeting in meetings.Where(_ => random.NextDouble() < 0.15))
        {
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                var referred = random.Next(1, contactCount + 1);
                if (referred != meeting.Contact)
                {
                    Run(referral, meeting.Contact, referred, meeting.Id, random.Next(0, 4), RawSql.Text(DateOnly.FromDateTime(meeting.At)), stamp);
                }
            }
        }

        transaction.Commit();
        return Stopwatch.GetElapsedTime(started);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
