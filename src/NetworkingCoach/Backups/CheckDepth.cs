namespace NetworkingCoach.Backups;

/// <summary>How thoroughly <see cref="BackupVerifier"/> checks the pages of a database file.</summary>
public enum CheckDepth
{
    /// <summary>
    /// <c>PRAGMA quick_check</c>: every page, b-tree and record is read and checked, but indexes are not matched
    /// against their tables. Enough for a copy just taken page by page from the live database.
    /// </summary>
    Quick = 0,

    /// <summary><c>PRAGMA integrity_check</c>: also that every index holds exactly its table's rows. For files from outside.</summary>
    Full = 1,
}
