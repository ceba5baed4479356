namespace NetworkingCoach.Contacts;

/// <summary>An existing contact that looks like the same person, and why.</summary>
public sealed record DuplicateCandidate(int Id, string Name, string? Company, string Reason);
