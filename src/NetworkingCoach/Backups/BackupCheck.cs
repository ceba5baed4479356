namespace NetworkingCoach.Backups;

/// <summary>What verifying a database file found: whether it is usable, why not, and its row counts.</summary>
public sealed record BackupCheck(bool IsUsable, string? Problem, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> Migrations)
{
    public static BackupCheck Refused(string problem) => new(false, problem, new Dictionary<string, long>(), []);

    /// <summary>Contacts in the file, or 0 when it was refused.</summary>
    public long Contacts => Counts.GetValueOrDefault("Contacts");
}
