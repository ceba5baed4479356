using Microsoft.Data.Sqlite;

namespace NetworkingCoach.Backups;

/// <summary>
/// Checks a database file before it is trusted as a backup or restored: SQLite header, integrity_check (or quick_check), the
/// tables every release has, a migration history this release knows (older is fine, it is migrated), row counts.
/// Opens the file read-only and never changes it.
/// </summary>
public static class BackupVerifier
{
    /// <summary>Tables every release of the schema has; their row counts are reported.</summary>
    public static IReadOnlyList<string> RequiredTables { get; } =
    [
        "Companies", "Tags", "Contacts", "ContactEmails", "ContactPhones", "ContactTags", "Touchpoints", "Referrals", "Messages",
        "ImportBatches", "ImportBatchItems", "Settings", "ReminderStates",
    ];

    private static readonly byte[] s_sqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>
    /// Verifies <paramref name="path"/>; <paramref name="knownMigrations"/> are the migrations this release has;
    /// messages name the file <paramref name="displayName"/> when given (an upload's own name, not its stored one).
    /// </summary>
    public static BackupCheck Verify(string path, IReadOnlyCollection<string> knownMigrations, string? displayName = null, CheckDepth depth = CheckDepth.Full)
    {
        var name = displayName ?? Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return BackupCheck.Refused($"There is no file {path}.");
        }

        var header = new byte[100];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            return BackupCheck.Refused($"{name} is empty (0 bytes): it is not a backup.");
        }

        if (read < header.Length || !header.AsSpan(0, s_sqliteHeader.Length).SequenceEqual(s_sqliteHeader))
        {
            return BackupCheck.Refused($"{name} is not a SQLite database, so it is not a NetworkingCoach backup.");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var integrity = Scalar(connection, depth == CheckDepth.Full ? "PRAGMA integrity_check;" : "PRAGMA quick_check;");
            if (integrity != "ok")
            {
                return BackupCheck.Refused($"{name} is damaged (SQLite's integrity check says: {integrity}).");
            }

            var tables = new HashSet<string>(Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table';"), StringComparer.Ordinal);
            if (tables.Count == 0)
            {
                return BackupCheck.Refused($"{name} is a SQLite file with no tables: it holds no data.");
            }

            if (!tables.Contains("__EFMigrationsHistory"))
            {
                return BackupCheck.Refused($"{name} is a SQLite database but not a NetworkingCoach one (it has no migration history).");
            }

            var migrations = Strings(connection, """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId";""");
            var unknown = migrations.Where(m => !knownMigrations.Contains(m)).ToList();
            if (unknown.Count > 0)
            {
                return BackupCheck.Refused($"{name} was made by a newer release of NetworkingCoach (schema {unknown[^1]}); update the app before restoring it.");
            }

            var missing = RequiredTables.Where(t => !tables.Contains(t)).ToList();
            if (missing.Count > 0)
            {
                return BackupCheck.Refused($"{name} is incomplete: it has no {string.Join(", ", missing)} table{(missing.Count == 1 ? "" : "s")}.");
            }

            var counts = RequiredTables.ToDictionary(t => t, t => long.Parse(Scalar(connection, $"""SELECT COUNT(*) FROM "{t}";"""), System.Globalization.CultureInfo.InvariantCulture));
            return new BackupCheck(true, null, counts, migrations);
        }
        catch (SqliteException ex)
        {
            return BackupCheck.Refused($"{name} cannot be read as a database ({ex.Message.TrimEnd('.')}): it is damaged or not a database.");
        }
    }

    /// <summary>Row counts of the required tables, without the integrity check (for listing backups).</summary>
    public static IReadOnlyDictionary<string, long> Counts(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table';").ToHashSet(StringComparer.Ordinal);
            return RequiredTables.Where(tables.Contains)
                .ToDictionary(t => t, t => long.Parse(Scalar(connection, $"""SELECT COUNT(*) FROM "{t}";"""), System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (SqliteException)
        {
            return new Dictionary<string, long>();
        }
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
