using Microsoft.ML.Data;

namespace NetworkingCoach.Coaching;

/// <summary>A labelled message as the model trainer reads it.</summary>
public sealed class IntentTrainingRow
{
    public string Text { get; set; } = "";
    public string Label { get; set; } = "";

    [VectorType(IntentEmbedder.Dimensions)]
    public float[] Embedding { get; set; } = new float[IntentEmbedder.Dimensions];
}
