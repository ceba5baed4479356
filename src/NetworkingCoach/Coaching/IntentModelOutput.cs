namespace NetworkingCoach.Coaching;

/// <summary>What the intent model answers: one probability per intent, in the order of the model's labels.</summary>
public sealed class IntentModelOutput
{
    public float[] Score { get; set; } = [];
}
