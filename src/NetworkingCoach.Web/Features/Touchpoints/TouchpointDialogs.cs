using NetworkingCoach.Referrals;
using NetworkingCoach.Touchpoints;
using Radzen;

namespace NetworkingCoach.Web.Features.Touchpoints;

/// <summary>Opens the touchpoint dialog and, after a new touchpoint with someone who was introduced, offers to move the introduction forward.</summary>
public static class TouchpointDialogs
{
    private static readonly DialogOptions Options = new() { Width = "760px", Resizable = false, Draggable = false, CloseDialogOnOverlayClick = false };

    public static async Task<TouchpointSaveResult?> LogAsync(DialogService dialogs, ReferralService referrals, NotificationService notifications, int? contactId, bool asMeeting = false)
    {
        var result = await dialogs.OpenAsync<TouchpointDialog>(asMeeting ? "Record a meeting" : "Log a touchpoint",
            new Dictionary<string, object?> { [nameof(TouchpointDialog.ContactId)] = contactId, [nameof(TouchpointDialog.AsMeeting)] = asMeeting },
            Options) as TouchpointSaveResult;
        if (result is null)
        {
            return null;
        }

        Notify(notifications, result, "Touchpoint logged");
        await OfferToAdvanceAsync(dialogs, referrals, notifications, result.ContactId);
        return result;
    }

    public static async Task<TouchpointSaveResult?> EditAsync(DialogService dialogs, NotificationService notifications, int touchpointId, int contactId)
    {
        var result = await dialogs.OpenAsync<TouchpointDialog>("Edit touchpoint",
            new Dictionary<string, object?> { [nameof(TouchpointDialog.TouchpointId)] = touchpointId, [nameof(TouchpointDialog.ContactId)] = contactId },
            Options) as TouchpointSaveResult;
        if (result is not null)
        {
            Notify(notifications, result, "Touchpoint saved");
        }

        return result;
    }

    private static void Notify(NotificationService notifications, TouchpointSaveResult result, string title)
    {
        var names = result.NamesGained.Count == 0 ? "" : $"Names gained: {string.Join(", ", result.NamesGained.Select(n => n.CreatedContact ? n.Name + " (new)" : n.Name))}.";
        notifications.Notify(NotificationSeverity.Success, title, names);
    }

    private static async Task OfferToAdvanceAsync(DialogService dialogs, ReferralService referrals, NotificationService notifications, int contactId)
    {
        var open = (await referrals.ForContactAsync(contactId)).IntroducedBy.Where(r => !r.IsComplete).ToList();
        foreach (var referral in open)
        {
            var next = referral.NextStatus!.Value;
            var confirmed = await dialogs.Confirm(
                $"{referral.ReferredName} was introduced by {referral.ReferrerName} and the introduction is at \"{ReferralSteps.Label(referral.Status)}\". Move it to \"{ReferralSteps.Label(next)}\"?",
                "Update the introduction?",
                new ConfirmOptions { OkButtonText = ReferralSteps.ActionLabel(next), CancelButtonText = "Not now" });
            if (confirmed == true)
            {
                try
                {
                    await referrals.AdvanceAsync(referral.Id, next);
                    notifications.Notify(NotificationSeverity.Info, $"Introduction by {referral.ReferrerName}: {ReferralSteps.Label(next)}");
                }
                catch (Exception ex) when (ex is ReferralException or ReferralNotFoundException)
                {
                    notifications.Notify(NotificationSeverity.Warning, "Introduction not changed", ex.Message);
                }
            }
        }
    }
}
