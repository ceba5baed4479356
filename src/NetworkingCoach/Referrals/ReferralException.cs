namespace NetworkingCoach.Referrals;

/// <summary>A referral change the rules refuse, such as moving backwards without undo or introducing someone twice.</summary>
public sealed class ReferralException(string message) : UserFacingException(message);
