namespace NetworkingCoach.Contacts;

/// <summary>The columns the contact list can be sorted by.</summary>
public enum ContactSortField
{
    Name,
    Company,
    Title,
    Location,
    Closeness,
    KnownSince,
    LastTouchpoint,
    UpdatedAt,
    TieStrength,
    Flags,
}
