using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Blocks a job ask to someone the user barely knows or has not spoken to in years.</summary>
public sealed class JobAskToWeakTieRule : ICoachingRule
{
    public string Id => "job-ask-to-weak-tie";
    public FlagSeverity Severity => FlagSeverity.Block;
    public CoachingRuleKind Kind => CoachingRuleKind.Outreach;
    public string Title => "Job ask to a weak or dormant tie";
    public string Rationale =>
        "People help those they know, like and trust; \"do you know of any openings?\" from a near stranger is read as rude and ignored.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        if (context.Planned?.Intent != TouchpointIntent.JobAsk || !context.Tie.IsWeakOrDormant)
        {
            return;
        }

        var name = context.FirstName;
        flags.Add(new CoachingFlag
        {
            RuleId = Id,
            Severity = Severity,
            Message = $"A job ask to {name} is blocked: this is a {context.Tie.TierWord} tie ({context.Tie.Reasons[0]}).",
            SuggestedNextStep = $"Reconnect with {name} first, or ask for advice and information and say plainly you are not asking for a job.",
            ContactId = context.History.ContactId,
        });
    }
}
