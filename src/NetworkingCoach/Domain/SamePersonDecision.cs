namespace NetworkingCoach.Domain;

/// <summary>The user's answer that two contacts are not the same person, so the pair is never offered for review again.</summary>
public class SamePersonDecision
{
    public int Id { get; set; }

    /// <summary>The lower of the two contact ids.</summary>
    public int FirstContactId { get; set; }

    /// <summary>The higher of the two contact ids.</summary>
    public int SecondContactId { get; set; }
    public DateTime DecidedAt { get; set; }
}
