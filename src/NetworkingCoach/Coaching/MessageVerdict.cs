using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>The coach's judgement of a draft: decision, intent and its cues, tie strength, flags, reasons and a better first step.</summary>
public sealed record MessageVerdict
{
    public required MessageDecision Decision { get; init; }

    /// <summary>What the classifier read.</summary>
    public required MessageIntent Intent { get; init; }

    /// <summary>The intent it was judged as: a job ask whenever the classifier reads one, else the user's choice.</summary>
    public required MessageIntent JudgedAs { get; init; }
    public required double Confidence { get; init; }
    public required IReadOnlyList<IntentCue> Cues { get; init; }
    public required TieStrength Tie { get; init; }
    public required IReadOnlyList<CoachingFlag> Flags { get; init; }

    /// <summary>Why, in plain words, one per line as shown to the user.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    public string? SuggestedFirstStep { get; init; }

    /// <summary>For a blocked job ask: a short note that reconnects without asking.</summary>
    public string? ReconnectNoteTemplate { get; init; }

    /// <summary>For a blocked job ask: an advice request that says plainly it is not a job ask.</summary>
    public string? AdviceRequestTemplate { get; init; }
}
