using NetworkingCoach.Data;

namespace NetworkingCoach.Importing;

/// <summary>
/// Marks an import as running for as long as its process lives: an exclusive lock on a small file beside the
/// database, which the operating system lets go when the process ends, however it ends. A batch left unfinished
/// with no lease held was cut off (the process was killed, the machine lost power) and is taken back.
/// </summary>
public sealed class ImportLease : IDisposable
{
    private readonly FileStream _file;

    private ImportLease(FileStream file) => _file = file;

    public static ImportLease Take(DatabaseLocation location, int batchId) =>
        new(new FileStream(PathFor(location, batchId), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));

    /// <summary>Whether a live process is still importing the batch.</summary>
    public static bool IsHeld(DatabaseLocation location, int batchId)
    {
        var path = PathFor(location, batchId);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    public void Dispose() => _file.Dispose();

    private static string PathFor(DatabaseLocation location, int batchId) => $"{location.DatabasePath}.import-{batchId}.lock";
}
