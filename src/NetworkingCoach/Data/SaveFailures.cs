using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NetworkingCoach.Data;

/// <summary>Words for a write the store refused (locked, read-only, full disk), so a form can say plainly that nothing was saved.</summary>
public static class SaveFailures
{
    public static string? Describe(Exception exception)
    {
        var sqlite = exception as SqliteException ?? (exception as DbUpdateException)?.InnerException as SqliteException;
        if (sqlite is null)
        {
            return exception is DbUpdateException ? "Your changes could not be saved: the database refused them. Nothing was saved; what you entered is still here." : null;
        }

        return sqlite.SqliteErrorCode switch
        {
            5 or 6 => "Your changes were not saved: the database is busy or locked by another program. What you entered is still here; try again in a moment.",
            8 => "Your changes were not saved: the database file is read-only. What you entered is still here.",
            13 => "Your changes were not saved: the disk is full. What you entered is still here.",
            _ => "Your changes were not saved: the database reported a problem. What you entered is still here; try again.",
        };
    }
}
