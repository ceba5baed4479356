using NetworkingCoach.Coaching;
using NetworkingCoach.Referrals;

namespace NetworkingCoach.Contacts;

/// <summary>
/// Everything a contact's page shows at the top: the contact, the coach's view of the relationship
/// (flags the user ticked off or snoozed left out) and the introductions around them.
/// </summary>
public sealed record ContactOverview(ContactDetails Contact, ContactAssessment? Assessment, ContactReferrals Referrals);
