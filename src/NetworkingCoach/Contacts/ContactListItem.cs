namespace NetworkingCoach.Contacts;

/// <summary>A row of the contact list.</summary>
public sealed record ContactListItem(
    int Id,
    string Name,
    string? Company,
    string? Title,
    string? Location,
    string? PrimaryEmail,
    int? Closeness,
    IReadOnlyList<string> Tags,
    bool IsArchived,
    DateTime? LastTouchpointAt)
{
    /// <summary>The computed tie; null for archived contacts, whom the coach leaves alone.</summary>
    public NetworkingCoach.Coaching.TieStrength? Tie { get; init; }

    /// <summary>The rule ids of the contact's current flags.</summary>
    public IReadOnlyList<string> FlagRuleIds { get; init; } = [];
}
