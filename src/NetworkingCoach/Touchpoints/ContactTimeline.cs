namespace NetworkingCoach.Touchpoints;

/// <summary>
/// The newest part of a contact's history (optionally filtered by intent), how many touchpoints the whole of it
/// holds, and the facts over all of it.
/// </summary>
public sealed record ContactTimeline(IReadOnlyList<TimelineEntry> Entries, int Total, RelationshipFacts Facts);
