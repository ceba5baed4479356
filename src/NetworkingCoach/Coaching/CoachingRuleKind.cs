namespace NetworkingCoach.Coaching;

/// <summary>Whether a rule looks at a relationship as it stands or at an outreach about to be made.</summary>
public enum CoachingRuleKind
{
    Relationship = 0,
    Outreach = 1,
}
