namespace NetworkingCoach.Referrals;

/// <summary>The introductions around one contact: who introduced them, and whom they introduced.</summary>
public sealed record ContactReferrals(IReadOnlyList<ReferralView> IntroducedBy, IReadOnlyList<ReferralView> Introduced);
