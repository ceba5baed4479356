namespace NetworkingCoach.Coaching;

/// <summary>What is stored beside the learned model: the job-ask threshold chosen on the dev split and how it was trained.</summary>
public sealed record IntentModelInfo
{
    /// <summary>A message whose job-ask probability reaches this is a job ask.</summary>
    public required double JobAskThreshold { get; init; }

    /// <summary>A message of three sentences or more is also a job ask when any one sentence's job-ask probability reaches this.</summary>
    public double SentenceThreshold { get; init; } = 0.95;

    /// <summary>How much the sentence embedding weighs beside the n-grams; 0 when the model reads n-grams only.</summary>
    public double EmbeddingWeight { get; init; }

    /// <summary>The featurizer and trainer, in words.</summary>
    public string Description { get; init; } = "";
    public int TrainMessages { get; init; }

    /// <summary>Job-ask recall, precision and accuracy on the dev split at the chosen threshold.</summary>
    public string DevFigures { get; init; } = "";
}
