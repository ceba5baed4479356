namespace NetworkingCoach.Backups;

/// <summary>Why a backup was taken; daily and pre-upgrade copies are pruned by the retention rule, the others kept.</summary>
public enum BackupKind
{
    /// <summary>Taken by the app once a day.</summary>
    Daily,

    /// <summary>Taken before a schema upgrade.</summary>
    PreUpgrade,

    /// <summary>Asked for by the user ("Back up now").</summary>
    Manual,

    /// <summary>The database a restore replaced.</summary>
    BeforeRestore,
}
