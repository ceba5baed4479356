namespace NetworkingCoach.Importing;

/// <summary>How sure a duplicate match is (the same-person matcher's confidence).</summary>
public enum DuplicateKind
{
    /// <summary>Same email, phone or LinkedIn profile, or same name and company: the same person.</summary>
    SamePerson = 0,

    /// <summary>Same name elsewhere or a close spelling: probably the same person, the user decides.</summary>
    Likely = 1,
}
