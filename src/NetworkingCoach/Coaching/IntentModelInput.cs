namespace NetworkingCoach.Coaching;

/// <summary>What the intent model reads: the message text.</summary>
public sealed class IntentModelInput
{
    public string Text { get; set; } = "";
}
