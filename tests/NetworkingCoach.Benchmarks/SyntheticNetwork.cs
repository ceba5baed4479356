using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Benchmarks;

/// <summary>Builds a large database fast with prepared statements: contacts with varied histories and some referrals.</summary>
public static class SyntheticNetwork
{
    public static async Task<ServiceProvider> CreateAsync(string path, int contacts, int touchpoints, DateTime nowUtc)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNetworkingCoachData(DatabaseLocation.ForFile(path));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var random = new Random(42);
        var stamp = nowUtc.ToString("yyyy-MM-dd HH:mm:ss");

        await using (var insertContact = Command(connection, transaction,
            "INSERT INTO Contacts (Id, Name, IsArchived, CreatedAt, UpdatedAt, Version, SearchText, Closeness, KnownSince) VALUES ($id, $name, 0, $now, $now, 0, $search, $closeness, $known)",
            "$id", "$name", "$now", "$search", "$closeness", "$known"))
        {
            for (var id = 1; id <= contacts; id++)
            {
                var name = $"Person {id:00000}";
                Set(insertContact, id, name, stamp, name.ToLowerInvariant(), random.NextDouble() < 0.3 ? random.Next(1, 6) : DBNull.Value,
                    nowUtc.AddDays(-random.Next(30, 5000)).ToString("yyyy-MM-dd"));
                await insertContact.ExecuteNonQueryAsync();
            }
        }

        await using (var insertTouch = Command(connection, transaction,
            "INSERT INTO Touchpoints (ContactId, OccurredAt, Channel, Direction, Intent, Replied, CreatedAt, UpdatedAt) VALUES ($contact, $at, $channel, $direction, $intent, $replied, $at, $at)",
            "$contact", "$at", "$channel", "$direction", "$intent", "$replied"))
        {
            for (var i = 0; i < touchpoints; i++)
            {
                // Skewed: a fifth of the contacts hold most of the history, as in a real network.
                var contact = random.NextDouble() < 0.7 ? random.Next(1, contacts / 5 + 1) : random.Next(1, contacts + 1);
                var at = nowUtc.AddDays(-random.Next(0, 3650)).AddMinutes(-random.Next(0, 1440)).ToString("yyyy-MM-dd HH:mm:ss");
                Set(insertTouch, contact, at, random.Next(0, 8), random.Next(0, 3), random.Next(0, 7), random.NextDouble() < 0.6 ? 1 : 0);
                await insertTouch.ExecuteNonQueryAsync();
            }
        }

        await using (var insertReferral = Command(connection, transaction,
            "INSERT OR IGNORE INTO Referrals (ReferrerId, ReferredId, Status, SuggestedOn, CreatedAt) VALUES ($from, $to, $status, $on, $now)",
            "$from", "$to", "$status", "$on", "$now"))
        {
            for (var i = 0; i < contacts / 20; i++)
            {
                var from = random.Next(1, contacts + 1);
                var to = random.Next(1, contacts + 1);
                if (from == to)
                {
                    continue;
                }

                Set(insertReferral, from, to, random.Next(0, 4), nowUtc.AddDays(-random.Next(0, 400)).ToString("yyyy-MM-dd"), stamp);
                await insertReferral.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        return provider;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
