using NetworkingCoach.Domain;

namespace NetworkingCoach.Referrals;

/// <summary>The order of a referral's states and their wording.</summary>
public static class ReferralSteps
{
    public static ReferralStatus? Next(ReferralStatus status) =>
        status == ReferralStatus.ThankedReportedBack ? null : status + 1;

    public static ReferralStatus? Previous(ReferralStatus status) =>
        status == ReferralStatus.Suggested ? null : status - 1;

    public static string Label(ReferralStatus status) => status switch
    {
        ReferralStatus.Suggested => "Suggested",
        ReferralStatus.Contacted => "Contacted",
        ReferralStatus.Met => "Met",
        _ => "Thanked / reported back",
    };

    /// <summary>The button text for moving to <paramref name="status"/>.</summary>
    public static string ActionLabel(ReferralStatus status) => status switch
    {
        ReferralStatus.Contacted => "Mark contacted",
        ReferralStatus.Met => "Mark met",
        ReferralStatus.ThankedReportedBack => "Mark thanked",
        _ => "Mark suggested",
    };
}
