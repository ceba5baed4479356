using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Features.Importing;

/// <summary>
/// The private folder for uploaded files, under the data folder (owner-only on Unix). Leftovers from a crash or an
/// abandoned tab are swept at start and then hourly.
/// </summary>
public sealed class UploadFolder(DatabaseLocation location, TimeProvider clock, ILogger<UploadFolder> logger)
{
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(6);

    public string Path { get; } = System.IO.Path.Combine(location.DataDirectory, "uploads");

    /// <summary>Creates the folder if needed, owner-only, and returns it.</summary>
    public string Ensure()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
        }
        else
        {
            Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path;
    }

    /// <summary>Deletes uploads older than <paramref name="olderThan"/>; returns how many went.</summary>
    public int Sweep(TimeSpan olderThan)
    {
        if (!Directory.Exists(Path))
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime - olderThan;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) <= cutoff)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Could not remove a leftover upload");
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} leftover uploads", removed);
        }

        return removed;
    }
}
