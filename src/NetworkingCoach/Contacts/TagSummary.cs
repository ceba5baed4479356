namespace NetworkingCoach.Contacts;

/// <summary>A tag with its keep-in-touch rhythm and how many contacts carry it.</summary>
public sealed record TagSummary(int Id, string Name, int? CadenceDays, int ContactCount);
