namespace NetworkingCoach.Coaching;

/// <summary>One thing a rule found, in plain language, with the next step and the dates that matter.</summary>
public sealed record CoachingFlag
{
    public required string RuleId { get; init; }
    public required FlagSeverity Severity { get; init; }
    public required string Message { get; init; }
    public required string SuggestedNextStep { get; init; }
    public int? ContactId { get; init; }
    public int? TouchpointId { get; init; }
    public int? ReferralId { get; init; }

    /// <summary>The first day the flagged outreach would no longer be flagged.</summary>
    public DateOnly? NextAllowedOn { get; init; }

    /// <summary>When the thing flagged was (or is) due.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>A stable name for this flag, for ticking off or snoozing it as a reminder.</summary>
    public string Key => $"{RuleId}:{ContactId}:{TouchpointId}:{ReferralId}";
}
