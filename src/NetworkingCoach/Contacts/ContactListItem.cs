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
    DateTime? LastTouchpointAt);
