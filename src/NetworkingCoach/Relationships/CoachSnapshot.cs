using NetworkingCoach.Coaching;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Tie strength and flags for every active contact, computed at one moment, with the histories they were judged
/// from (touchpoint times on the user's wall clock), so the dashboard and the week read activity without the store.
/// </summary>
public sealed class CoachSnapshot(
    IReadOnlyDictionary<int, ContactAssessment> assessments,
    IReadOnlyDictionary<int, RelationshipHistory> histories,
    DateTime computedAtUtc,
    TimeSpan took)
{
    public IReadOnlyDictionary<int, ContactAssessment> Assessments { get; } = assessments;

    /// <summary>Every active contact's history, as judged; read-only.</summary>
    public IReadOnlyDictionary<int, RelationshipHistory> Histories { get; } = histories;

    public DateTime ComputedAtUtc { get; } = computedAtUtc;
    public TimeSpan Took { get; } = took;

    public ContactAssessment? For(int contactId) => Assessments.GetValueOrDefault(contactId);

    public IEnumerable<CoachingFlag> Flags => Assessments.Values.SelectMany(a => a.Flags);
}
