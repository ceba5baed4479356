namespace NetworkingCoach.Coaching;

/// <summary>One contact's tie strength and the relationship flags raised on it.</summary>
public sealed record ContactAssessment(int ContactId, TieStrength Tie, IReadOnlyList<CoachingFlag> Flags)
{
    /// <summary>Flags the user snoozed, each with <see cref="CoachingFlag.DueOn"/> set to the day it comes back.</summary>
    public IReadOnlyList<CoachingFlag> Snoozed { get; init; } = [];

    /// <summary>The next keep-in-touch and why; filled in for a single contact's page, not for the everyone-view.</summary>
    public KeepInTouch? KeepInTouch { get; init; }
}
