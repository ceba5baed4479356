using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>A coaching flag as the CLI prints it.</summary>
public static class FlagJson
{
    public static object From(CoachingFlag flag) => new
    {
        id = flag.RuleId,
        severity = flag.Severity.ToString().ToLowerInvariant(),
        message = flag.Message,
        next_step = flag.SuggestedNextStep,
        contact_id = flag.ContactId,
        due_on = flag.DueOn?.ToString("yyyy-MM-dd"),
        next_allowed_on = flag.NextAllowedOn?.ToString("yyyy-MM-dd"),
    };
}
