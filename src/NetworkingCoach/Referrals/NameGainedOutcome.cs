namespace NetworkingCoach.Referrals;

/// <summary>What a name gained became: a new or an existing contact, and the referral to them.</summary>
public sealed record NameGainedOutcome(int ContactId, string Name, bool CreatedContact, int ReferralId);
