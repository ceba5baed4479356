namespace NetworkingCoach.Coaching;

/// <summary>One piece of networking advice as a check: an id, its worst severity, a title, why it exists, and the check.</summary>
public interface ICoachingRule
{
    /// <summary>Stable kebab-case id, e.g. "neglected-relationship".</summary>
    string Id { get; }

    /// <summary>The most severe flag the rule raises.</summary>
    FlagSeverity Severity { get; }
    CoachingRuleKind Kind { get; }
    string Title { get; }
    string Rationale { get; }

    /// <summary>Adds any flags the rule raises to <paramref name="flags"/>; adding to a shared list keeps allocation low across many contacts.</summary>
    void Evaluate(RuleContext context, List<CoachingFlag> flags);
}
