namespace NetworkingCoach.Matching;

/// <summary>A stored contact as the matcher sees it.</summary>
public sealed record StoredPerson(int Id, string Name, string? Company, PersonKeys Keys);
