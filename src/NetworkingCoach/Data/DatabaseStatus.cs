namespace NetworkingCoach.Data;

/// <summary>Whether the store opened and migrated at start-up, and if not, why.</summary>
public sealed class DatabaseStatus
{
    public bool IsReady { get; private set; }
    public string? Problem { get; private set; }
    public string DatabasePath { get; private set; } = "";
    public string? BackupPath { get; private set; }

    public void MarkReady(string databasePath, string? backupPath)
    {
        DatabasePath = databasePath;
        BackupPath = backupPath;
        IsReady = true;
        Problem = null;
    }

    public void MarkFailed(string databasePath, string problem)
    {
        DatabasePath = databasePath;
        IsReady = false;
        Problem = problem;
    }
}
