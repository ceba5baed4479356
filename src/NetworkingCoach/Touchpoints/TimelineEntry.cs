using NetworkingCoach.Domain;

namespace NetworkingCoach.Touchpoints;

/// <summary>One touchpoint as the contact's timeline shows it; <see cref="OccurredAtLocal"/> is on the user's clock.</summary>
public sealed record TimelineEntry(
    int Id,
    int ContactId,
    string ContactName,
    DateTime OccurredAt,
    DateTime OccurredAtLocal,
    Channel Channel,
    Direction Direction,
    TouchpointIntent Intent,
    bool Replied,
    string? Summary,
    DateOnly? FollowUpOn,
    string? MeetingPurpose,
    IReadOnlyList<string> AgendaPoints,
    string? MeetingOutcome,
    IReadOnlyList<NameGainedLink> NamesGained);
