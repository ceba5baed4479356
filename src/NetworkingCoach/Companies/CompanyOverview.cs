namespace NetworkingCoach.Companies;

/// <summary>Everything the company page shows: its people and the touchpoints with them, newest first.</summary>
public sealed record CompanyOverview(
    int Id,
    string Name,
    string? Website,
    string? Notes,
    IReadOnlyList<CompanyPerson> People,
    IReadOnlyList<CompanyTouchpoint> Touchpoints,
    int TotalTouchpoints);
