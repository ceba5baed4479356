using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Backups;

/// <summary>
/// Consistent copies of the live database while the app runs: SQLite's online backup API writes a temporary
/// file, <see cref="BackupVerifier"/> checks it, and only then is it renamed into place, so no half file ever
/// carries a backup's name. Automatic copies live in the data folder's backups folder, pruned by <see cref="BackupRetention"/>.
/// </summary>
public sealed class BackupService(IDbContextFactory<AppDbContext> factory, DatabaseLocation location, TimeProvider clock, ILogger<BackupService> logger)
{
    private const string TemporarySuffix = ".partial";
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    /// <summary>The folder automatic, manual and pre-restore backups go to.</summary>
    public string BackupDirectory => Path.Combine(location.DataDirectory, "backups");

    /// <summary>Backs up into the backups folder; daily and pre-upgrade copies then go through retention.</summary>
    /// <exception cref="BackupException">The copy failed its check or could not be written; earlier backups are untouched.</exception>
    public async Task<BackupInfo> BackUpAsync(BackupKind kind, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Directory.CreateDirectory(BackupDirectory);
        var path = Path.Combine(BackupDirectory, FileNameFor(kind, now));
        for (var i = 2; File.Exists(path); i++)
        {
            path = Path.Combine(BackupDirectory, Path.GetFileNameWithoutExtension(FileNameFor(kind, now)) + $"-{i}.db");
        }

        var info = await BackUpToAsync(path, kind, cancellationToken);
        if (kind is BackupKind.Daily or BackupKind.PreUpgrade)
        {
            Prune(kind);
        }

        return info;
    }

    /// <summary>Backs up to a file of the user's choosing; refuses to overwrite one.</summary>
    public async Task<BackupInfo> BackUpToAsync(string destination, BackupKind kind = BackupKind.Manual, CancellationToken cancellationToken = default)
    {
        destination = Path.GetFullPath(destination);
        if (File.Exists(destination))
        {
            throw new BackupException($"{destination} already exists; choose another name. Nothing was written.");
        }

        var directory = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(directory);
        var temporary = destination + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix;
        await s_gate.WaitAsync(cancellationToken);
        try
        {
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                var source = (SqliteConnection)db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync(cancellationToken);
                using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
                target.Open();

                // One step under a read transaction: a consistent snapshot even while the app writes.
                source.BackupDatabase(target);
                using var command = target.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                command.ExecuteNonQuery();
            }

            cancellationToken.ThrowIfCancellationRequested();
            // A page-by-page copy of the live database: quick_check finds a damaged copy; restores run the full check.
            var check = BackupVerifier.Verify(temporary, await KnownMigrationsAsync(cancellationToken), depth: CheckDepth.Quick);
            if (!check.IsUsable)
            {
                throw new BackupException($"The backup failed its check and was not kept: {check.Problem}");
            }

            File.Move(temporary, destination, overwrite: false);
            logger.LogInformation("Backed up the database to {Path}: {Contacts} contacts", destination, check.Contacts);
            return new BackupInfo(destination, kind, clock.GetUtcNow().UtcDateTime, new FileInfo(destination).Length, check.Counts);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "Backing up the database to {Path} failed", destination);
            throw new BackupException($"The backup could not be written to {directory} ({ex.Message.TrimEnd('.')}). Earlier backups are untouched.", ex);
        }
        finally
        {
            s_gate.Release();
            DeleteQuietly(temporary);
        }
    }

    /// <summary>Takes today's daily backup unless there is one already; returns it, or null when none was needed.</summary>
    public async Task<BackupInfo?> BackUpDailyAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (List().Any(b => b.Kind == BackupKind.Daily && DateOnly.FromDateTime(b.TakenAtUtc) == today))
        {
            return null;
        }

        return await BackUpAsync(BackupKind.Daily, cancellationToken);
    }

    /// <summary>The backups in the backups folder, newest first; counts are read from each file.</summary>
    public IReadOnlyList<BackupInfo> List(bool withCounts = false)
    {
        if (!Directory.Exists(BackupDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(BackupDirectory, "*.db")
            .Select(path => Parse(path) is { } parsed
                ? new BackupInfo(path, parsed.Kind, parsed.TakenAt, new FileInfo(path).Length, withCounts ? BackupVerifier.Counts(path) : new Dictionary<string, long>())
                : null)
            .OfType<BackupInfo>()
            .OrderByDescending(b => b.TakenAtUtc)
            .ThenByDescending(b => b.FileName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Opens a backup in the backups folder for download; null when the name is not one of them.</summary>
    public Stream? OpenRead(string fileName)
    {
        var backup = List().FirstOrDefault(b => b.FileName == fileName);
        return backup is null ? null : new FileStream(backup.Path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    internal async Task<IReadOnlyCollection<string>> KnownMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
    }

    private void Prune(BackupKind kind)
    {
        foreach (var old in BackupRetention.ToDelete(List().Where(b => b.Kind == kind)))
        {
            try
            {
                File.Delete(old.Path);
                logger.LogInformation("Deleted old backup {Path} (retention: {Daily} daily, {Weekly} weekly)", old.Path, BackupRetention.DailyKept, BackupRetention.WeeklyKept);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not delete old backup {Path}", old.Path);
            }
        }
    }

    private static string FileNameFor(BackupKind kind, DateTime at) =>
        $"networkingcoach-{at.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Slug(kind)}.db";

    private static (BackupKind Kind, DateTime TakenAt)? Parse(string path)
    {
        // networkingcoach-20261202-180000-daily.db, or -daily-2.db for a second one in the same second.
        var parts = Path.GetFileNameWithoutExtension(path).Split('-');
        if (parts.Length < 4 || parts[0] != "networkingcoach"
            || !DateTime.TryParseExact(parts[1] + parts[2], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }

        var slug = string.Join('-', parts.Skip(3).TakeWhile(p => !p.All(char.IsAsciiDigit)));
        BackupKind? kind = Enum.GetValues<BackupKind>().Cast<BackupKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
        return kind is null ? null : (kind.Value, at);
    }

    private static string Slug(BackupKind kind) => kind switch
    {
        BackupKind.Daily => "daily",
        BackupKind.PreUpgrade => "pre-upgrade",
        BackupKind.Manual => "manual",
        _ => "before-restore",
    };

    private void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
            File.Delete(path + "-journal");
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete the temporary file {Path}", path);
        }
    }
}
