namespace NetworkingCoach.Coaching;

/// <summary>Notes recent meetings that yielded fewer new names than the goal.</summary>
public sealed class MeetingWithoutNamesRule : ICoachingRule
{
    public string Id => "meeting-without-names";
    public FlagSeverity Severity => FlagSeverity.Info;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Meeting without names gained";
    public string Rationale =>
        "A good networking meeting yields two more names than you walked in with, so the network grows geometrically.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        var goal = context.Settings.NamesGainedGoal;
        if (goal <= 0)
        {
            return;
        }

        foreach (var t in context.History.Touchpoints)
        {
            if (!t.IsMeeting || t.NamesGained >= goal || t.OccurredAt > context.Now
                || RelationshipStats.DaysBetween(t.OccurredAt, context.Now) > context.Settings.MeetingReviewDays)
            {
                continue;
            }

            var date = PlainWords.Date(DateOnly.FromDateTime(t.OccurredAt));
            flags.Add(new CoachingFlag
            {
                RuleId = Id,
                Severity = Severity,
                Message = t.NamesGained == 0
                    ? $"No names recorded from your meeting with {context.FirstName} on {date}; the goal is {goal}."
                    : $"{PlainWords.Plural(t.NamesGained, "name")} from your meeting with {context.FirstName} on {date}; the goal is {goal}.",
                SuggestedNextStep = "Record the names you were given as referrals; if there were none, ask next time: \"Who else would you suggest I talk to?\"",
                ContactId = context.History.ContactId,
                TouchpointId = t.Id,
            });
        }
    }
}
