namespace NetworkingCoach.Matching;

/// <summary>How sure the matcher is that two records are one person.</summary>
public enum MatchConfidence
{
    /// <summary>Probably the same person: the user decides (review), nothing is merged silently.</summary>
    Likely = 1,

    /// <summary>The same person: safe to merge without asking.</summary>
    Same = 2,
}
