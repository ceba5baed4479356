namespace NetworkingCoach.Cli.Commands;

/// <summary>Exit codes of backup and restore beyond <see cref="ExitCodes"/> (0 done, 1 failed, 2 usage).</summary>
public static class BackupExitCodes
{
    /// <summary>The file to restore is not a usable NetworkingCoach database (empty, truncated, not SQLite, damaged, newer).</summary>
    public const int Refused = 10;

    /// <summary>The target database exists and --force was not given.</summary>
    public const int NeedsForce = 11;
}
