namespace NetworkingCoach.Companies;

/// <summary>Everything the company page shows: its first people and the latest touchpoints with them, and how many there are in all.</summary>
public sealed record CompanyOverview(
    int Id,
    string Name,
    string? Website,
    string? Notes,
    IReadOnlyList<CompanyPerson> People,
    int TotalPeople,
    IReadOnlyList<CompanyTouchpoint> Touchpoints,
    int TotalTouchpoints);
