namespace NetworkingCoach.Reminders;

/// <summary>The groups of the weekly follow-up list, in the order they are shown.</summary>
public enum ReminderKind
{
    FollowUp = 0,
    ThankYou = 1,
    Referral = 2,
    Meeting = 3,
    Neglected = 4,
}
