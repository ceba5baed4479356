namespace NetworkingCoach.Contacts;

/// <summary>What deleting many contacts takes with them.</summary>
public sealed record BulkDeleteImpact(int Contacts, int Touchpoints, int Referrals, int Messages);
