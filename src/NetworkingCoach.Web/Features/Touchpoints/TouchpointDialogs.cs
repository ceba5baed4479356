using MudBlazor;
using NetworkingCoach.Referrals;
using NetworkingCoach.Touchpoints;
using NetworkingCoach.Web.Components.Forms;

namespace NetworkingCoach.Web.Features.Touchpoints;

/// <summary>Opens the touchpoint dialog and, after a new touchpoint with someone who was introduced, offers to move the introduction forward.</summary>
public sealed class TouchpointDialogs(IDialogService dialogs, IBrowserViewportService viewport, ISnackbar snackbar, ReferralService referrals, ILogger<TouchpointDialogs> logger)
{
    /// <summary>
    /// Logs a touchpoint. <paramref name="onChanged"/> runs as soon as it is stored, before any question about the contact's
    /// introduction (which may stay open a while, so what was saved shows without waiting for the answer), and again when
    /// an introduction moves on.
    /// </summary>
    public async Task<TouchpointSaveResult?> LogAsync(int? contactId, bool asMeeting = false, Func<TouchpointSaveResult, Task>? onChanged = null)
    {
        var result = await OpenAsync(asMeeting ? "Record a meeting" : "Log a touchpoint", new DialogParameters<TouchpointDialog>
        {
            { d => d.ContactId, contactId },
            { d => d.AsMeeting, asMeeting },
        });
        if (result is null)
        {
            return null;
        }

        Notify(result, "Touchpoint logged");
        Func<Task> changed = () => onChanged?.Invoke(result) ?? Task.CompletedTask;
        await changed();
        await OfferToAdvanceAsync(result.ContactId, changed);
        return result;
    }

    public async Task<TouchpointSaveResult?> EditAsync(int touchpointId, int contactId)
    {
        var result = await OpenAsync("Edit touchpoint", new DialogParameters<TouchpointDialog>
        {
            { d => d.TouchpointId, touchpointId },
            { d => d.ContactId, contactId },
        });
        if (result is not null)
        {
            Notify(result, "Touchpoint saved");
        }

        return result;
    }

    private async Task<TouchpointSaveResult?> OpenAsync(string title, DialogParameters<TouchpointDialog> parameters)
    {
        // A click beside the dialog must not throw away what was typed; Escape and Cancel still close it.
        var options = await DialogSizes.ForAsync(viewport, MaxWidth.Medium) with { BackdropClick = false };
        var dialog = await dialogs.ShowAsync<TouchpointDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: TouchpointSaveResult saved } ? saved : null;
    }

    private void Notify(TouchpointSaveResult result, string title)
    {
        var names = result.NamesGained.Count == 0 ? "" : $" Names gained: {string.Join(", ", result.NamesGained.Select(n => n.CreatedContact ? n.Name + " (new)" : n.Name))}.";
        snackbar.Add(title + "." + names, Severity.Success);
    }

    private async Task OfferToAdvanceAsync(int contactId, Func<Task> changed)
    {
        var open = (await referrals.ForContactAsync(contactId)).IntroducedBy.Where(r => !r.IsComplete).ToList();
        foreach (var referral in open)
        {
            var next = referral.NextStatus!.Value;
            var confirmed = await dialogs.ShowMessageBoxAsync(
                "Update the introduction?",
                $"{referral.ReferredName} was introduced by {referral.ReferrerName} and the introduction is at \"{ReferralSteps.Label(referral.Status)}\". Move it to \"{ReferralSteps.Label(next)}\"?",
                yesText: ReferralSteps.ActionLabel(next), cancelText: "Not now");
            if (confirmed != true)
            {
                continue;
            }

            try
            {
                await referrals.AdvanceAsync(referral.Id, next);
                snackbar.Add($"Introduction by {referral.ReferrerName}: {ReferralSteps.Label(next)}", Severity.Info);
                await changed();
            }
            catch (Exception ex) when (ex is ReferralException or ReferralNotFoundException)
            {
                logger.LogInformation("Introduction {ReferralId} not advanced: {Reason}", referral.Id, ex.Message);
                snackbar.Add($"Introduction not changed: {ex.Message}", Severity.Warning);
            }
        }
    }
}
