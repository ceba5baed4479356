namespace NetworkingCoach.Coaching;

/// <summary>A computed tie: score from 0 to 100, tier, the points per component and the reasons in plain words.</summary>
public sealed record TieStrength(
    int Score,
    TieTier Tier,
    IReadOnlyList<string> Reasons,
    TieStrengthComponents Components,
    RelationshipStats Stats)
{
    /// <summary>Days since they were first known ("known since", or the first touchpoint if earlier or unset); 0 when unknown.</summary>
    public int KnownDays { get; init; }

    /// <summary>Weak and dormant ties are not asked for jobs.</summary>
    public bool IsWeakOrDormant => Tier is TieTier.Weak or TieTier.Dormant;

    /// <summary>The tier in lower case, as used in sentences ("a dormant tie").</summary>
    public string TierWord => Tier.ToString().ToLowerInvariant();
}
