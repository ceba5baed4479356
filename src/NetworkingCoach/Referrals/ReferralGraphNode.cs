namespace NetworkingCoach.Referrals;

/// <summary>A person in the referral graph: <see cref="Layer"/> 0 is a root referrer, <see cref="Slot"/> the horizontal position in node widths.</summary>
public sealed record ReferralGraphNode(int ContactId, string Name, int Layer, double Slot, int? ParentId, int DoorsOpened);
