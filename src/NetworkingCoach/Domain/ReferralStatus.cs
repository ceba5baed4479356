namespace NetworkingCoach.Domain;

/// <summary>How far an introduction has got; it only moves forward.</summary>
public enum ReferralStatus
{
    Suggested = 0,
    Contacted = 1,
    Met = 2,
    ThankedReportedBack = 3,
}
