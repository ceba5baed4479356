namespace NetworkingCoach.Contacts;

/// <summary>What deleting a contact takes with it.</summary>
public sealed record DeleteImpact(string Name, int Touchpoints, int Referrals, int Messages)
{
    public bool IsEmpty => Touchpoints == 0 && Referrals == 0 && Messages == 0;
}
