using NetworkingCoach.Referrals;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Contacts;

/// <summary>Answers a contact page's one question: what is there to know about this person now.</summary>
public sealed class ContactOverviewService(ContactService contacts, CoachService coach, ReminderService reminders, ReferralService referrals)
{
    /// <summary>The overview, or null when the contact does not exist (any more).</summary>
    public async Task<ContactOverview?> GetAsync(int contactId, CancellationToken cancellationToken = default)
    {
        var contact = await contacts.GetAsync(contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var assessment = await coach.AssessAsync(contactId, cancellationToken);
        if (assessment is not null)
        {
            // What the user ticked off or snoozed on the weekly list stays out of sight here too.
            assessment = assessment with { Flags = await reminders.WithoutDoneOrSnoozedAsync(assessment.Flags, cancellationToken) };
        }

        return new ContactOverview(contact, assessment, await referrals.ForContactAsync(contactId, cancellationToken));
    }
}
