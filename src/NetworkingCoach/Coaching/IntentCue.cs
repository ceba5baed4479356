namespace NetworkingCoach.Coaching;

/// <summary>
/// A phrase that counted towards (or, when <see cref="Discounted"/>, was found but not counted for) an intent,
/// with its position in the subject or body so a page can highlight it.
/// </summary>
public sealed record IntentCue(
    MessageIntent Intent,
    string Phrase,
    int Start,
    int Length,
    MessageField Field,
    double Weight,
    bool Discounted = false,
    string? Note = null);
