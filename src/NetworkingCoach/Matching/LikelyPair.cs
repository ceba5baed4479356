namespace NetworkingCoach.Matching;

/// <summary>Two contacts that may be one person, side by side, with the matcher's verdict.</summary>
public sealed record LikelyPair(ReviewSide First, ReviewSide Second, SamePersonMatch Match);
