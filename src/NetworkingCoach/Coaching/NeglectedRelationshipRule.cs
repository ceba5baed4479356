namespace NetworkingCoach.Coaching;

/// <summary>Flags a relationship that has gone longer than its keep-in-touch cadence without any contact.</summary>
public sealed class NeglectedRelationshipRule : ICoachingRule
{
    public string Id => "neglected-relationship";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Relationship past its keep-in-touch rhythm";
    public string Rationale =>
        "Relationships kept up all along are the ones that help when needed; reaching out only in trouble reads as needy.";

    /// <summary>
    /// The cadence in days: the contact's own setting wins, then the shortest tag cadence, then the tier's default.
    /// Null when the contact has no history and no explicit cadence, so fresh imports are not all "neglected".
    /// </summary>
    public static int? CadenceDays(RelationshipHistory history, TieTier tier, CoachingSettings settings)
    {
        if (history.CadenceDays is > 0 and var own)
        {
            return own;
        }

        int? shortestTag = null;
        foreach (var days in history.TagCadenceDays)
        {
            if (days > 0 && (shortestTag is null || days < shortestTag))
            {
                shortestTag = days;
            }
        }

        return shortestTag ?? settings.CadenceFor(tier);
    }

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        var history = context.History;
        var explicitCadence = history.CadenceDays is > 0 || HasTagCadence(history);
        var cadence = CadenceDays(history, context.Tie.Tier, context.Settings)!.Value;

        if (context.Stats.LastTouchAt is not { } last)
        {
            if (explicitCadence)
            {
                flags.Add(Flag(context, $"You want to be in touch with {context.FirstName} every {cadence} days, and nothing is logged yet.", context.Today));
            }

            return;
        }

        var due = DateOnly.FromDateTime(last).AddDays(cadence);
        if (context.Today > due)
        {
            var days = context.Stats.DaysSinceLastTouch!.Value;
            var rhythm = history.CadenceDays is > 0 ? "the rhythm you set for them"
                : explicitCadence ? "the rhythm of their tag"
                : $"the rhythm for a {context.Tie.TierWord} tie";
            flags.Add(Flag(context, $"Last contact with {context.FirstName} was {PlainWords.Ago(days)}; {rhythm} is every {cadence} days.", due));
        }
    }

    private static bool HasTagCadence(RelationshipHistory history)
    {
        foreach (var days in history.TagCadenceDays)
        {
            if (days > 0)
            {
                return true;
            }
        }

        return false;
    }

    private CoachingFlag Flag(RuleContext context, string message, DateOnly due) => new()
    {
        RuleId = Id,
        Severity = Severity,
        Message = message,
        SuggestedNextStep = context.Tie.Tier == TieTier.Dormant
            ? $"Reconnect with a short note about {context.FirstName}, with no request in it."
            : "Send a short keep-in-touch note with no request: share something useful or ask how they are.",
        ContactId = context.History.ContactId,
        DueOn = due,
    };
}
