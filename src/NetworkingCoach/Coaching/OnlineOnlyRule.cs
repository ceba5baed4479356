namespace NetworkingCoach.Coaching;

/// <summary>Suggests a call or coffee when every touchpoint so far was email, LinkedIn or text.</summary>
public sealed class OnlineOnlyRule : ICoachingRule
{
    public string Id => "online-only";
    public FlagSeverity Severity => FlagSeverity.Info;
    public CoachingRuleKind Kind => CoachingRuleKind.Relationship;
    public string Title => "Online-only relationship";
    public string Rationale =>
        "Sites make contact easy, but face-to-face and phone conversations are what build the relationship.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        var stats = context.Stats;
        if (stats.PastCount < context.Settings.OnlineOnlyMinTouchpoints || stats.OnlineCount != stats.PastCount)
        {
            return;
        }

        flags.Add(new CoachingFlag
        {
            RuleId = Id,
            Severity = Severity,
            Message = $"All {stats.PastCount} of your touchpoints with {context.FirstName} were by email, LinkedIn or text.",
            SuggestedNextStep = $"Suggest a phone call or a coffee with {context.FirstName}.",
            ContactId = context.History.ContactId,
        });
    }
}
