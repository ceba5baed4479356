namespace NetworkingCoach.Coaching;

/// <summary>Everything a rule may look at: the history, its tie strength, the settings and, for outreach rules, the planned outreach.</summary>
public sealed record RuleContext(
    RelationshipHistory History,
    TieStrength Tie,
    CoachingSettings Settings,
    PlannedOutreach? Planned = null)
{
    private string? _firstName;

    public RelationshipStats Stats => Tie.Stats;
    public DateTime Now => Tie.Stats.Now;
    public DateOnly Today => Tie.Stats.Today;

    // Worked out once per contact: several rules greet the same person.
    public string FirstName => _firstName ??= History.FirstName;
}
