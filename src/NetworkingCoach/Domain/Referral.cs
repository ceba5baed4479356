namespace NetworkingCoach.Domain;

/// <summary>A name given to the user: who gave it, who it is, and where it stands.</summary>
public class Referral
{
    public int Id { get; set; }
    public int ReferrerId { get; set; }
    public Contact Referrer { get; set; } = null!;
    public int ReferredId { get; set; }
    public Contact Referred { get; set; } = null!;

    /// <summary>The meeting the name came from, if any.</summary>
    public int? SourceTouchpointId { get; set; }
    public Touchpoint? SourceTouchpoint { get; set; }
    public ReferralStatus Status { get; set; }
    public DateOnly SuggestedOn { get; set; }
    public DateOnly? ContactedOn { get; set; }
    public DateOnly? MetOn { get; set; }
    public DateOnly? ThankedOn { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
