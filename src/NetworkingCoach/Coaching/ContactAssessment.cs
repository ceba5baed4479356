namespace NetworkingCoach.Coaching;

/// <summary>One contact's tie strength and the relationship flags raised on it.</summary>
public sealed record ContactAssessment(int ContactId, TieStrength Tie, IReadOnlyList<CoachingFlag> Flags);
