namespace NetworkingCoach.Importing;

/// <summary>What an import does, or would do, with one row.</summary>
public enum ImportRowOutcome
{
    /// <summary>A new contact is created.</summary>
    New = 0,

    /// <summary>Same email or LinkedIn profile as an existing contact or an earlier row: merged into it.</summary>
    Merge = 1,

    /// <summary>Same name and company as someone already there: created, and listed for the user to review.</summary>
    LikelyDuplicate = 2,

    /// <summary>The row has problems and is skipped.</summary>
    Error = 3,
}
