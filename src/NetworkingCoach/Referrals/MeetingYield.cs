namespace NetworkingCoach.Referrals;

/// <summary>How many names a meeting yielded, against the goal of two.</summary>
public sealed record MeetingYield(int TouchpointId, int ContactId, string ContactName, DateTime OccurredAt, string? Purpose, int NamesGained)
{
    public bool MetGoal => NamesGained >= ReferralGraph.NamesPerMeetingGoal;
}
