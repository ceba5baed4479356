namespace NetworkingCoach.Matching;

/// <summary>One contact of a likely pair, with what the user needs to tell them apart.</summary>
public sealed record ReviewSide(
    int Id, string Name, string? Company, string? Title, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string? LinkedInUrl, DateTime CreatedAt);
