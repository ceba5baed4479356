namespace NetworkingCoach.Referrals;

/// <summary>A referral entered by hand: who gave whose name, when, and from which meeting.</summary>
public class ReferralInput
{
    public int? ReferrerId { get; set; }
    public int? ReferredId { get; set; }
    public int? SourceTouchpointId { get; set; }
    public DateOnly? SuggestedOn { get; set; }
    public string? Note { get; set; }
}
