namespace NetworkingCoach.Importing;

/// <summary>What an import does, or would do, with one row.</summary>
public enum ImportRowOutcome
{
    /// <summary>A new contact is created.</summary>
    New = 0,

    /// <summary>Certainly the same person as an existing contact or an earlier row (same email, phone, profile, or name and company): merged into it.</summary>
    Merge = 1,

    /// <summary>Maybe the same person as someone already there (same name, close spelling): created, and listed for the user to review.</summary>
    LikelyDuplicate = 2,

    /// <summary>The row has problems and is skipped.</summary>
    Error = 3,

    /// <summary>A likely match, left out because the import was asked to skip rows that only likely match.</summary>
    Skipped = 4,
}
