using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Blocks a job ask to someone the user barely knows, whatever the tier, or to a weak or dormant tie.</summary>
public sealed class JobAskToWeakTieRule : ICoachingRule
{
    public const string RuleId = "job-ask-to-weak-tie";

    public string Id => RuleId;
    public FlagSeverity Severity => FlagSeverity.Block;
    public CoachingRuleKind Kind => CoachingRuleKind.Outreach;
    public string Title => "Job ask to someone you barely know, or to a weak or dormant tie";
    public string Rationale =>
        "People help those they know, like and trust; \"do you know of any openings?\" from a near stranger is read as rude and ignored.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        if (context.Planned?.Intent != TouchpointIntent.JobAsk)
        {
            return;
        }

        var tie = context.Tie;
        var barely = tie.Tier == TieTier.Dormant ? null : OneWay(context) ?? BarelyKnown(context);
        if (barely is null && !tie.IsWeakOrDormant)
        {
            return;
        }

        var name = context.FirstName;
        flags.Add(new CoachingFlag
        {
            RuleId = Id,
            Severity = Severity,
            Message = barely is not null
                ? $"A job ask to {name} is blocked: {barely}."
                : $"A job ask to {name} is blocked: this is a {tie.TierWord} tie ({tie.Reasons[0]}).",
            SuggestedNextStep = barely is not null
                ? $"Get to know {name} first: ask for advice and information, and say plainly you are not asking for a job."
                : $"Reconnect with {name} first, or ask for advice and information and say plainly you are not asking for a job.",
            ContactId = context.History.ContactId,
        });
    }

    /// <summary>Their messages alone, never answered, met or spoken: no relationship to ask on, however many.</summary>
    private static string? OneWay(RuleContext context) => context.Stats.IsOneWay
        ? $"{context.FirstName} has written to you {PlainWords.Times(context.Stats.TheyReachedOutCount)}, but you have never answered, met or spoken with them"
        : null;

    /// <summary>Why the user barely knows them, in words, or null when they have talked enough, for long enough.</summary>
    private static string? BarelyKnown(RuleContext context)
    {
        var stats = context.Stats;
        var settings = context.Settings;
        var name = context.FirstName;
        var few = stats.ConversationCount < settings.JobAskMinConversations;
        var recent = context.Tie.KnownDays < settings.JobAskMinKnownDays;
        if (!few && !recent)
        {
            return null;
        }

        var knownFor = $"known {name} for only {PlainWords.Duration(context.Tie.KnownDays)}";
        if (!few)
        {
            return $"you have {knownFor}";
        }

        var talks = stats.ConversationCount switch
        {
            0 => $"you have not had a real conversation with {name} yet",
            1 => $"you have had one conversation with {name}, {PlainWords.Ago(stats.DaysSinceLastTwoWay!.Value)}",
            var n => $"you have had {PlainWords.Count(n, "conversation")} with {name}, the last {PlainWords.Ago(stats.DaysSinceLastTwoWay!.Value)}",
        };
        return recent && stats.PastCount > 0 ? $"{talks}, and have {knownFor}" : talks;
    }
}
