namespace NetworkingCoach.Coaching;

/// <summary>Points each part of the tie-strength formula contributed, before rounding and clamping.</summary>
public readonly record struct TieStrengthComponents(
    double Conversations,
    double Reciprocity,
    double Depth,
    double Breadth,
    double Recency,
    double Frequency,
    double Longevity,
    double Closeness)
{
    public double Total => Conversations + Reciprocity + Depth + Breadth + Recency + Frequency + Longevity + Closeness;
}
