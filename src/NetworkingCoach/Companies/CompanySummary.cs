namespace NetworkingCoach.Companies;

/// <summary>A company in the list, with how many people the user knows there.</summary>
public sealed record CompanySummary(int Id, string Name, int People);
