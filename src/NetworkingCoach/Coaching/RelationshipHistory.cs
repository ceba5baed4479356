namespace NetworkingCoach.Coaching;

/// <summary>One contact and everything logged with them: the input to tie strength and the rules.</summary>
public sealed record RelationshipHistory
{
    public int ContactId { get; init; }
    public string Name { get; init; } = "";
    public DateOnly? KnownSince { get; init; }

    /// <summary>The user's own rating from 1 to 5, or null when not set.</summary>
    public int? Closeness { get; init; }

    /// <summary>The contact's own keep-in-touch cadence; it wins over tags and tier.</summary>
    public int? CadenceDays { get; init; }

    /// <summary>Cadences of the contact's tags that have one; the shortest applies.</summary>
    public IReadOnlyList<int> TagCadenceDays { get; init; } = [];

    /// <summary>Every touchpoint with this contact, in any order, past and upcoming.</summary>
    public IReadOnlyList<TouchpointFact> Touchpoints { get; init; } = [];

    /// <summary>Names this contact gave the user.</summary>
    public IReadOnlyList<ReferralFact> ReferralsGiven { get; init; } = [];

    /// <summary>Referrals in which this contact is the name that was given.</summary>
    public IReadOnlyList<ReferralFact> ReferralsReceived { get; init; } = [];

    /// <summary>The first word of the name, skipping titles, for greetings in templates.</summary>
    public string FirstName => PlainWords.FirstName(Name);
}
