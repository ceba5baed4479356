using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace NetworkingCoach.Data;

/// <summary>
/// Brings the database to the latest schema: checks the file is a usable SQLite database, backs it
/// up (checked, then renamed into place) before changing an existing schema, switches to WAL and applies pending migrations in order.
/// </summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<AppDbContext> factory, DatabaseLocation location, Backups.BackupService backups, ILogger<DatabaseMigrator> logger)
{
    private static readonly byte[] s_sqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Migrates and returns the path of the backup taken, if one was needed.</summary>
    public async Task<string?> MigrateAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsableFile(location.DatabasePath);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (pending.Count == 0)
            {
                return null;
            }

            string? backup = null;
            if (applied.Count > 0)
            {
                // Checked and renamed into place like every backup, and pruned by the same retention.
                backup = (await backups.BackUpAsync(Backups.BackupKind.PreUpgrade, cancellationToken)).Path;
                logger.LogInformation("Copied the database to {BackupPath} before migrating", backup);
            }

            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
            return backup;
        }
        catch (SqliteException ex)
        {
            throw new DatabaseUnavailableException(Describe(ex, location.DatabasePath), ex);
        }
    }

    // Opening a non-database with SQLite can succeed lazily; checking the header first guarantees we never write into it.
    private static void EnsureUsableFile(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        if (!File.Exists(path))
        {
            return;
        }

        byte[] header = new byte[s_sqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException($"The database file {path} cannot be read ({ex.Message}). It has not been changed.", ex);
        }

        if (read == 0)
        {
            return;
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(s_sqliteHeader))
        {
            throw new DatabaseUnavailableException(
                $"The file {path} is not a NetworkingCoach database (it is not SQLite). It has not been changed: move it away or point the app at another data folder.");
        }
    }

    private static string Describe(SqliteException ex, string path) => ex.SqliteErrorCode switch
    {
        5 or 6 => $"The database file {path} is locked by another program. Close it and restart NetworkingCoach. Nothing was changed.",
        8 => $"The database file {path} is read-only. Check its permissions. Nothing was changed.",
        11 or 26 => $"The database file {path} is damaged or not a database. It has not been changed; restore a backup from the backups folder beside it (the restore command checks it first).",
        14 => $"The database file {path} cannot be opened. Check that the folder exists and is writable.",
        _ => $"The database file {path} cannot be used: {ex.Message}",
    };
}
