using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

/// <summary>One relationship history with the tier the labelling guide gives it.</summary>
public sealed record LabelledHistory(string Id, TieTier Label, RelationshipHistory History, string Note, int Line);
