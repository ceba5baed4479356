using NetworkingCoach.Referrals;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Contacts;

/// <summary>Answers a contact page's one question: what is there to know about this person now.</summary>
public sealed class ContactOverviewService(ContactService contacts, CoachService coach, ReferralService referrals)
{
    /// <summary>The overview, or null when the contact does not exist (any more).</summary>
    public async Task<ContactOverview?> GetAsync(int contactId, CancellationToken cancellationToken = default)
    {
        var contact = await contacts.GetAsync(contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        // The coach's answer already leaves out what the user ticked off or snoozed (ADR-017).
        var assessment = await coach.AssessAsync(contactId, cancellationToken);
        return new ContactOverview(contact, assessment, await referrals.ForContactAsync(contactId, cancellationToken));
    }
}
