namespace NetworkingCoach.Referrals;

/// <summary>How a name gained will be recorded.</summary>
public enum NameMatchKind
{
    /// <summary>No one matches: a new contact is created.</summary>
    CreateNew,

    /// <summary>Same email or LinkedIn profile, or picked by the user: the existing contact is linked.</summary>
    LinkExisting,

    /// <summary>Someone has the same name but nothing proves it is them: the user must pick or create.</summary>
    ChooseCandidate,
}
