using NetworkingCoach.Coaching;

namespace NetworkingCoach.Relationships;

/// <summary>The coach's cached snapshot with what it was computed from: the store version, the user's day and zone, the settings.</summary>
internal sealed record CoachState(string DayKey, long Version, CoachingSettings Settings, CoachSnapshot Snapshot);
