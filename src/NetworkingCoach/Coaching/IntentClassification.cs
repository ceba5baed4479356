namespace NetworkingCoach.Coaching;

/// <summary>
/// The classifier's answer: the intent, how sure it is (0 to 1), the cues behind it, the score per
/// intent (model probabilities, or phrase weights without the model), what decided it and, when
/// something limited the reading, why in plain words.
/// </summary>
public sealed record IntentClassification(
    MessageIntent Intent,
    double Confidence,
    IReadOnlyList<IntentCue> Cues,
    IReadOnlyDictionary<MessageIntent, double> Scores,
    IntentSource Source = IntentSource.PhraseCues,
    string? Note = null);
