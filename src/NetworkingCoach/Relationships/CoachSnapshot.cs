using NetworkingCoach.Coaching;

namespace NetworkingCoach.Relationships;

/// <summary>Tie strength and flags for every active contact, computed at one moment.</summary>
public sealed class CoachSnapshot(IReadOnlyDictionary<int, ContactAssessment> assessments, DateTime computedAtUtc, TimeSpan took)
{
    public IReadOnlyDictionary<int, ContactAssessment> Assessments { get; } = assessments;
    public DateTime ComputedAtUtc { get; } = computedAtUtc;
    public TimeSpan Took { get; } = took;

    public ContactAssessment? For(int contactId) => Assessments.GetValueOrDefault(contactId);

    public IEnumerable<CoachingFlag> Flags => Assessments.Values.SelectMany(a => a.Flags);
}
