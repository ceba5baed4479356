using NetworkingCoach.Domain;

namespace NetworkingCoach.Referrals;

/// <summary>An introduction in the graph; <see cref="IsTreeEdge"/> is false for a second referrer of the same person.</summary>
public sealed record ReferralGraphEdge(int ReferralId, int ReferrerId, int ReferredId, ReferralStatus Status, bool IsTreeEdge);
