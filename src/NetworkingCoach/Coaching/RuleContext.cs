namespace NetworkingCoach.Coaching;

/// <summary>Everything a rule may look at: the history, its tie strength, the settings and, for outreach rules, the planned outreach.</summary>
public sealed record RuleContext(
    RelationshipHistory History,
    TieStrength Tie,
    CoachingSettings Settings,
    PlannedOutreach? Planned = null)
{
    public RelationshipStats Stats => Tie.Stats;
    public DateTime Now => Tie.Stats.Now;
    public DateOnly Today => Tie.Stats.Today;
    public string FirstName => History.FirstName;
}
