using Microsoft.Data.Sqlite;

namespace NetworkingCoach.Cli;

/// <summary>Turns a storage failure (a busy database, a full disk, a read-only file) into one plain line and its documented exit code.</summary>
public static class StoreFailure
{
    private const int NoSpaceLeftOnDevice = 28;
    private const int DiskFullWindows = 0x70;

    public static bool TryDescribe(Exception exception, out int exitCode, out string message)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                (exitCode, message) = sqlite.SqliteErrorCode switch
                {
                    5 or 6 => (ExitCodes.Busy, "The database is busy: another program (the web app or another import) is writing to it. Nothing was changed; try again when it has finished."),
                    13 => (ExitCodes.DiskFull, "The disk is full. Nothing was changed; free some space and try again."),
                    8 => (ExitCodes.CannotWrite, "The database file or its folder is read-only. Nothing was changed; check the file's permissions."),
                    14 => (ExitCodes.CannotWrite, "The database cannot be opened for writing: its folder is read-only or missing. Check that it exists and can be written to."),
                    10 => (ExitCodes.CannotWrite, "The disk reported an input/output error while writing. Nothing was changed."),
                    _ => (ExitCodes.Failed, $"The database reported a problem: {sqlite.Message}"),
                };
                return true;
            }

            if (current is IOException io && (io.HResult & 0xFFFF) is NoSpaceLeftOnDevice or DiskFullWindows)
            {
                (exitCode, message) = (ExitCodes.DiskFull, "The disk is full. Free some space and try again.");
                return true;
            }

            if (current is UnauthorizedAccessException)
            {
                (exitCode, message) = (ExitCodes.CannotWrite, "A file or folder cannot be written: check its permissions.");
                return true;
            }
        }

        (exitCode, message) = (ExitCodes.Failed, "");
        return false;
    }
}
