namespace NetworkingCoach.Coaching;

/// <summary>The classifier's answer: the intent, how sure it is (0 to 1), the cues behind it and the score per intent.</summary>
public sealed record IntentClassification(
    MessageIntent Intent,
    double Confidence,
    IReadOnlyList<IntentCue> Cues,
    IReadOnlyDictionary<MessageIntent, double> Scores);
