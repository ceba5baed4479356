using NetworkingCoach.Referrals;

namespace NetworkingCoach.Touchpoints;

/// <summary>The saved touchpoint and what became of each name gained.</summary>
public sealed record TouchpointSaveResult(int TouchpointId, int ContactId, IReadOnlyList<NameGainedOutcome> NamesGained);
