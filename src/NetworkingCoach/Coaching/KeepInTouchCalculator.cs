namespace NetworkingCoach.Coaching;

/// <summary>The next keep-in-touch for one assessed contact: the same rhythm the neglect rule judges by, and a snooze if there is one.</summary>
public static class KeepInTouchCalculator
{
    private static readonly string s_neglectedRuleId = new NeglectedRelationshipRule().Id;

    public static KeepInTouch For(RelationshipHistory history, ContactAssessment assessment, CoachingSettings settings)
    {
        var tie = assessment.Tie;
        var cadence = NeglectedRelationshipRule.CadenceDays(history, tie.Tier, settings)!.Value;
        var ownCadence = history.CadenceDays is > 0;
        var tagCadence = !ownCadence && history.TagCadenceDays.Any(d => d > 0);
        var rhythm = ownCadence ? "the rhythm you set"
            : tagCadence ? "the rhythm of their tag"
            : $"the rhythm for a {tie.TierWord} tie";
        if (assessment.Snoozed.FirstOrDefault(f => f.RuleId == s_neglectedRuleId) is { DueOn: { } until })
        {
            return new KeepInTouch(until, cadence, $"Snoozed until {PlainWords.Date(until)}; {rhythm} is every {cadence} days.");
        }

        if (tie.Stats.LastTouchAt is not { } last)
        {
            return ownCadence || tagCadence
                ? new KeepInTouch(tie.Stats.Today, cadence, $"Nothing is logged yet; {rhythm} is every {cadence} days.")
                : new KeepInTouch(null, cadence, "No rhythm yet: one starts with the first touchpoint you log.");
        }

        var lastDay = DateOnly.FromDateTime(last);
        return new KeepInTouch(lastDay.AddDays(cadence), cadence, $"Last contact was on {PlainWords.Date(lastDay)}; {rhythm} is every {cadence} days.");
    }
}
