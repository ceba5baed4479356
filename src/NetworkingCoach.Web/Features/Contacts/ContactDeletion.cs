using MudBlazor;
using NetworkingCoach.Contacts;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>Asks before deleting a contact, saying what goes with them, then deletes.</summary>
public static class ContactDeletion
{
    public static async Task<bool> ConfirmAndDeleteAsync(int id, ContactService contacts, IDialogService dialogs, ISnackbar snackbar, ILogger logger)
    {
        try
        {
            var impact = await contacts.GetDeleteImpactAsync(id);
            var consequences = impact.IsEmpty
                ? "They have no touchpoints, introductions or messages."
                : $"This also deletes {Plural(impact.Touchpoints, "touchpoint")}, {Plural(impact.Referrals, "introduction")} and {Plural(impact.Messages, "message")}.";
            var confirmed = await dialogs.ShowMessageBoxAsync(
                $"Delete {impact.Name}?",
                $"Delete {impact.Name} for good? {consequences} Archive them instead to keep their history.",
                yesText: "Delete", cancelText: "Keep");
            if (confirmed != true)
            {
                return false;
            }

            await contacts.DeleteAsync(id);
            snackbar.Add($"{impact.Name} deleted", Severity.Info);
            return true;
        }
        catch (ContactNotFoundException ex)
        {
            logger.LogWarning("Delete of contact {ContactId} found nothing", id);
            snackbar.Add(ex.Message, Severity.Warning);
            return true;
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
