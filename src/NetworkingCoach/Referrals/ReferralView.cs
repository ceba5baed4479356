using NetworkingCoach.Domain;

namespace NetworkingCoach.Referrals;

/// <summary>One introduction as the contact pages show it.</summary>
public sealed record ReferralView(
    int Id,
    int ReferrerId,
    string ReferrerName,
    int ReferredId,
    string ReferredName,
    int? SourceTouchpointId,
    DateTime? SourceMeetingAt,
    ReferralStatus Status,
    DateOnly SuggestedOn,
    DateOnly? ContactedOn,
    DateOnly? MetOn,
    DateOnly? ThankedOn,
    string? Note)
{
    /// <summary>The next step forward, or null when it is complete.</summary>
    public ReferralStatus? NextStatus => ReferralSteps.Next(Status);
    public bool IsComplete => Status == ReferralStatus.ThankedReportedBack;
}
