namespace NetworkingCoach.Touchpoints;

/// <summary>A contact's history newest first (optionally filtered by intent) with the facts over all of it.</summary>
public sealed record ContactTimeline(IReadOnlyList<TimelineEntry> Entries, RelationshipFacts Facts);
