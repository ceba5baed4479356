using Microsoft.ML.Data;

namespace NetworkingCoach.Coaching;

/// <summary>What the intent model reads: the message text and its sentence embedding (zeros when the model uses none).</summary>
public sealed class IntentModelInput
{
    public string Text { get; set; } = "";

    [VectorType(IntentEmbedder.Dimensions)]
    public float[] Embedding { get; set; } = new float[IntentEmbedder.Dimensions];
}
