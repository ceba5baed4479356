namespace NetworkingCoach.Demo;

/// <summary>What the demo seeding added.</summary>
public sealed record DemoSeedResult(int Contacts, int Touchpoints, int Referrals);
