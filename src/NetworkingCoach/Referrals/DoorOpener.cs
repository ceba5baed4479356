namespace NetworkingCoach.Referrals;

/// <summary>Someone who gave the user names, and how many.</summary>
public sealed record DoorOpener(int ContactId, string Name, int NamesGiven);
