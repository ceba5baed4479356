namespace NetworkingCoach.Coaching;

/// <summary>Warns when an ask would be the first thing said after a long silence.</summary>
public sealed class ReconnectBeforeAskRule : ICoachingRule
{
    public string Id => "reconnect-before-ask";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public CoachingRuleKind Kind => CoachingRuleKind.Outreach;
    public string Title => "Ask after a long silence";
    public string Rationale =>
        "Reaching out only when in need is the classic networking mistake; a reconnecting note first restores the relationship the ask depends on.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        if (context.Planned is not { IsAsk: true } || context.Stats.LastTwoWayAt is not { } last)
        {
            return;
        }

        var lastDay = DateOnly.FromDateTime(last);
        if (lastDay.AddMonths(context.Settings.ReconnectSilenceMonths) >= context.Today)
        {
            return;
        }

        var name = context.FirstName;
        flags.Add(new CoachingFlag
        {
            RuleId = Id,
            Severity = Severity,
            Message = $"Your last real conversation with {name} was {PlainWords.Ago(context.Stats.DaysSinceLastTwoWay!.Value)}; an ask after such a long silence reads as only getting in touch when you need something.",
            SuggestedNextStep = $"Reconnect first with a short note about {name} and no request; make the ask in a later conversation.",
            ContactId = context.History.ContactId,
        });
    }
}
