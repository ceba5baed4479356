namespace NetworkingCoach.Backups;

/// <summary>What a restore did: the counts restored, where the replaced database was kept, whether it was migrated.</summary>
public sealed record RestoreResult(IReadOnlyDictionary<string, long> Counts, string? ReplacedDatabaseKeptAt, bool Migrated);
