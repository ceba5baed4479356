namespace NetworkingCoach.Importing;

/// <summary>How sure a duplicate match is.</summary>
public enum DuplicateKind
{
    /// <summary>Same normalised email or same LinkedIn profile: the same person.</summary>
    SamePerson = 0,

    /// <summary>Same normalised name and company: probably the same person, the user decides.</summary>
    Likely = 1,
}
