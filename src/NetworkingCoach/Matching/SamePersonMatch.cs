namespace NetworkingCoach.Matching;

/// <summary>The matcher's verdict on two records: how sure, by which rule, and why in plain words.</summary>
public sealed record SamePersonMatch(MatchConfidence Confidence, MatchRule Rule, string Reason)
{
    public bool IsSame => Confidence == MatchConfidence.Same;
}
