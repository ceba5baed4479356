using NetworkingCoach.Contacts;
using Radzen;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>Asks before deleting a contact, saying what goes with them, then deletes.</summary>
public static class ContactDeletion
{
    public static async Task<bool> ConfirmAndDeleteAsync(int id, ContactService contacts, DialogService dialogs, NotificationService notifications, ILogger logger)
    {
        try
        {
            var impact = await contacts.GetDeleteImpactAsync(id);
            var consequences = impact.IsEmpty
                ? "They have no touchpoints, introductions or messages."
                : $"This also deletes {Plural(impact.Touchpoints, "touchpoint")}, {Plural(impact.Referrals, "introduction")} and {Plural(impact.Messages, "message")}.";
            var confirmed = await dialogs.Confirm(
                $"Delete {impact.Name} for good? {consequences} Archive them instead to keep their history.",
                $"Delete {impact.Name}?",
                new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Keep" });
            if (confirmed != true)
            {
                return false;
            }

            await contacts.DeleteAsync(id);
            notifications.Notify(NotificationSeverity.Info, $"{impact.Name} deleted");
            return true;
        }
        catch (ContactNotFoundException ex)
        {
            logger.LogWarning("Delete of contact {ContactId} found nothing", id);
            notifications.Notify(NotificationSeverity.Warning, "Already gone", ex.Message);
            return true;
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
