using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>What the coach needs to know about one referral: who gave whose name, and where it stands.</summary>
public sealed record ReferralFact
{
    public int Id { get; init; }
    public int ReferrerId { get; init; }
    public string ReferrerName { get; init; } = "";
    public int ReferredId { get; init; }
    public string ReferredName { get; init; } = "";
    public ReferralStatus Status { get; init; }
    public DateOnly SuggestedOn { get; init; }
    public DateOnly? ContactedOn { get; init; }
    public DateOnly? MetOn { get; init; }
    public DateOnly? ThankedOn { get; init; }
    public int? SourceTouchpointId { get; init; }
}
