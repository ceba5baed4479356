namespace NetworkingCoach.Companies;

/// <summary>Someone at a company.</summary>
public sealed record CompanyPerson(int ContactId, string Name, string? Title, bool IsArchived, int Touchpoints, DateTime? LastTouchpointAt);
