namespace NetworkingCoach.Coaching;

/// <summary>Points each part of the tie-strength formula contributed, before rounding and clamping.</summary>
public readonly record struct TieStrengthComponents(
    double Recency,
    double Frequency,
    double Reciprocity,
    double Depth,
    double Longevity,
    double Closeness)
{
    public double Total => Recency + Frequency + Reciprocity + Depth + Longevity + Closeness;
}
