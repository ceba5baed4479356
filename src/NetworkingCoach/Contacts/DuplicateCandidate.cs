using NetworkingCoach.Matching;

namespace NetworkingCoach.Contacts;

/// <summary>An existing contact that is, or may be, the same person, and why.</summary>
public sealed record DuplicateCandidate(int Id, string Name, string? Company, string Reason, MatchConfidence Confidence = MatchConfidence.Same);
