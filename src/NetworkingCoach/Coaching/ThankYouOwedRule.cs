using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Flags a recent meeting or a name given that was not followed by a thank-you in time.</summary>
public sealed class ThankYouOwedRule : ICoachingRule
{
    public string Id => "thank-you-owed";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Thank-you owed";
    public string Rationale =>
        "A prompt thank-you after a meeting or an introduction is part of giving back, and keeps the door open for the next conversation.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        var s = context.Settings;
        var now = context.Now;
        var today = context.Today;
        var history = context.History;
        DateTime? lastThanks = null;
        foreach (var t in history.Touchpoints)
        {
            if (t.Intent == TouchpointIntent.ThankYou && t.Direction != Direction.TheyReachedOut && t.OccurredAt <= now
                && (lastThanks is null || t.OccurredAt > lastThanks))
            {
                lastThanks = t.OccurredAt;
            }
        }

        List<int>? flaggedMeetings = null;
        foreach (var t in history.Touchpoints)
        {
            if (!t.IsMeeting || t.OccurredAt > now || (lastThanks is { } thanks && thanks >= t.OccurredAt))
            {
                continue;
            }

            var day = DateOnly.FromDateTime(t.OccurredAt);
            var due = day.AddDays(s.ThankYouDays);
            if (today > due && today.DayNumber - day.DayNumber <= s.ThankYouReviewDays)
            {
                (flaggedMeetings ??= []).Add(t.Id);
                flags.Add(Flag(context, $"You met {context.FirstName} on {PlainWords.Date(day)} and no thank-you is logged.", due, t.Id, null));
            }
        }

        foreach (var r in history.ReferralsGiven)
        {
            if (r.Status == ReferralStatus.ThankedReportedBack || r.ThankedOn is not null
                || (lastThanks is { } thanks && DateOnly.FromDateTime(thanks) >= r.SuggestedOn)
                || (r.SourceTouchpointId is { } source && flaggedMeetings?.Contains(source) == true))
            {
                continue;
            }

            var due = r.SuggestedOn.AddDays(s.ThankYouDays);
            if (today > due && today.DayNumber - r.SuggestedOn.DayNumber <= s.ThankYouReviewDays)
            {
                flags.Add(Flag(context, $"{context.FirstName} gave you {r.ReferredName}'s name on {PlainWords.Date(r.SuggestedOn)} and no thank-you is logged.", due, null, r.Id));
            }
        }
    }

    private CoachingFlag Flag(RuleContext context, string message, DateOnly due, int? touchpointId, int? referralId) => new()
    {
        RuleId = Id,
        Severity = Severity,
        Message = message,
        SuggestedNextStep = $"Send {context.FirstName} a short thank-you today, naming something specific you took away.",
        ContactId = context.History.ContactId,
        TouchpointId = touchpointId,
        ReferralId = referralId,
        DueOn = due,
    };
}
