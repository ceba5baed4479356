using NetworkingCoach.Coaching;

namespace NetworkingCoach.Messages;

/// <summary>The coach's verdict on a draft, with who it is for.</summary>
public sealed record MessageCheck(int ContactId, string ContactName, string? Email, MessageVerdict Verdict)
{
    public bool IsBlocked => Verdict.Decision == Domain.MessageDecision.Blocked;
}
