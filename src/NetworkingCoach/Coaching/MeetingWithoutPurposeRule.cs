namespace NetworkingCoach.Coaching;

/// <summary>Flags meetings that have no written purpose or agenda: upcoming ones as a warning, recent ones as a hint.</summary>
public sealed class MeetingWithoutPurposeRule : ICoachingRule
{
    public string Id => "meeting-without-purpose";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Meeting without a purpose or agenda";
    public string Rationale =>
        "Networking works as a planned campaign: every meeting needs a purpose and an agenda, asking for information, advice and names, not a job.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        foreach (var t in context.History.Touchpoints)
        {
            if (!t.IsMeeting || (t.HasPurpose && t.HasAgenda))
            {
                continue;
            }

            var upcoming = t.OccurredAt > context.Now;
            if (!upcoming && RelationshipStats.DaysBetween(t.OccurredAt, context.Now) > context.Settings.MeetingReviewDays)
            {
                continue;
            }

            var missing = !t.HasPurpose && !t.HasAgenda ? "no purpose or agenda"
                : !t.HasPurpose ? "no purpose" : "no agenda";
            var date = DateOnly.FromDateTime(t.OccurredAt);
            flags.Add(new CoachingFlag
            {
                RuleId = Id,
                Severity = upcoming ? FlagSeverity.Warning : FlagSeverity.Info,
                Message = upcoming
                    ? $"Your meeting with {context.FirstName} on {PlainWords.Date(date)} has {missing} yet."
                    : $"Your meeting with {context.FirstName} on {PlainWords.Date(date)} had {missing} written down.",
                SuggestedNextStep = upcoming
                    ? "Write what you want to learn and three or four agenda points; ask for information, advice and names, not a job."
                    : "Next time, write the purpose and agenda before the meeting.",
                ContactId = context.History.ContactId,
                TouchpointId = t.Id,
                DueOn = upcoming ? date : null,
            });
        }
    }
}
