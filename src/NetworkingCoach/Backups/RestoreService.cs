using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Backups;

/// <summary>
/// Puts a backup in place of the database: the file is verified first and anything unusable is refused with the
/// reason, leaving the database untouched; an existing database is replaced only when forced, and kept as a
/// backup first; a backup from an older release is migrated after it is restored.
/// </summary>
public sealed class RestoreService(DatabaseLocation location, BackupService backups, DatabaseMigrator migrator, DataChangeCounter changes, TimeProvider clock, ILogger<RestoreService> logger)
{
    /// <summary>Checks a file without restoring it; <paramref name="displayName"/> names it in messages.</summary>
    public async Task<BackupCheck> VerifyAsync(string file, string? displayName = null, CancellationToken cancellationToken = default) =>
        BackupVerifier.Verify(Path.GetFullPath(file), await backups.KnownMigrationsAsync(cancellationToken), displayName);

    /// <exception cref="BackupException">The file was refused, or the database exists and <paramref name="force"/> is false; nothing was changed.</exception>
    public async Task<RestoreResult> RestoreAsync(string file, bool force, CancellationToken cancellationToken = default) =>
        await RestoreAsync(file, force, displayName: null, cancellationToken);

    /// <summary>Restores <paramref name="file"/>, naming it <paramref name="displayName"/> in messages (an uploaded file's own name).</summary>
    /// <exception cref="BackupException">The file was refused, or the database exists and <paramref name="force"/> is false; nothing was changed.</exception>
    public async Task<RestoreResult> RestoreAsync(string file, bool force, string? displayName, CancellationToken cancellationToken = default)
    {
        file = Path.GetFullPath(file);
        var target = location.DatabasePath;
        if (string.Equals(file, target, StringComparison.Ordinal))
        {
            throw new BackupException("That file is the database itself; choose a backup file.");
        }

        var check = await VerifyAsync(file, displayName, cancellationToken);
        if (!check.IsUsable)
        {
            throw new BackupException($"Not restored: {check.Problem} The database was not changed.");
        }

        string? kept = null;
        if (File.Exists(target) && new FileInfo(target).Length > 0)
        {
            if (!force)
            {
                throw new BackupException($"{target} already holds a database. Restoring replaces it (it is kept as a backup first): confirm with --force. Nothing was changed.");
            }

            kept = await KeepReplacedAsync(target, cancellationToken);
        }

        var temporary = target + ".restoring";
        try
        {
            using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
            }

            // Pooled connections and a stale write-ahead log belong to the replaced database, never to the restored one.
            SqliteConnection.ClearAllPools();
            File.Delete(target + "-wal");
            File.Delete(target + "-shm");
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "Restoring {File} over {Target} failed", file, target);
            File.Delete(temporary);
            throw new BackupException($"The restore failed ({ex.Message.TrimEnd('.')}).{(kept is null ? "" : $" The previous database is kept at {kept}.")}", ex);
        }

        await migrator.MigrateAsync(cancellationToken);
        changes.Increment();
        var migrated = check.Migrations.Count < (await backups.KnownMigrationsAsync(cancellationToken)).Count;
        logger.LogInformation("Restored {File} over {Target} ({Contacts} contacts{Migrated})", file, target, check.Contacts, migrated ? ", migrated" : "");
        return new RestoreResult(check.Counts, kept, migrated);
    }

    private async Task<string> KeepReplacedAsync(string target, CancellationToken cancellationToken)
    {
        try
        {
            return (await backups.BackUpAsync(BackupKind.BeforeRestore, cancellationToken)).Path;
        }
        catch (BackupException ex)
        {
            // A damaged database cannot be backed up through SQLite; its bytes are kept as they are instead.
            logger.LogWarning(ex, "Keeping the replaced database {Target} as a plain file copy", target);
            Directory.CreateDirectory(backups.BackupDirectory);
            var copy = Path.Combine(backups.BackupDirectory, $"replaced-{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.db.old");
            File.Copy(target, copy);
            return copy;
        }
    }
}
