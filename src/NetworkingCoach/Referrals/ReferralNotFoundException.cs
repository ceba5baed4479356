namespace NetworkingCoach.Referrals;

/// <summary>The referral does not exist (any more).</summary>
public sealed class ReferralNotFoundException(int id) : UserFacingException("This introduction no longer exists; it may have been deleted.")
{
    public int ReferralId { get; } = id;
}
