namespace NetworkingCoach.Touchpoints;

/// <summary>A person whose name came out of a meeting, for linking from the timeline.</summary>
public sealed record NameGainedLink(int ContactId, string Name, int ReferralId);
