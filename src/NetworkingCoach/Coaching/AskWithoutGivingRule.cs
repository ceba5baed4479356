namespace NetworkingCoach.Coaching;

/// <summary>Warns when asks to a person would outnumber what the user has given them by more than the allowed surplus.</summary>
/// <remarks>Gives are offers of help, introductions the user made and thank-yous; asks are job asks and advice requests.</remarks>
public sealed class AskWithoutGivingRule : ICoachingRule
{
    public string Id => "ask-without-giving";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Outreach;
    public string Title => "Asking without having given";
    public string Rationale =>
        "Give before asking: offers of help, introductions and thanks keep a relationship from becoming one-way.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        if (context.Planned is not { IsAsk: true })
        {
            return;
        }

        var asks = context.Stats.AskCount + 1;
        var gives = context.Stats.GiveCount;
        if (asks - gives <= context.Settings.AllowedAskSurplus)
        {
            return;
        }

        var name = context.FirstName;
        flags.Add(new CoachingFlag
        {
            RuleId = Id,
            Severity = Severity,
            Message = $"With this message you will have asked {name} for something {PlainWords.Times(asks)} and given {(gives == 0 ? "nothing" : PlainWords.Times(gives))} in return.",
            SuggestedNextStep = $"Give first: share something useful to {name}, offer help or an introduction, or thank them for past help.",
            ContactId = context.History.ContactId,
        });
    }
}
