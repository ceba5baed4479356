namespace NetworkingCoach.Backups;

/// <summary>One backup file in the data folder's backups folder.</summary>
public sealed record BackupInfo(string Path, BackupKind Kind, DateTime TakenAtUtc, long SizeBytes, IReadOnlyDictionary<string, long> Counts)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
