namespace NetworkingCoach.Coaching;

/// <summary>
/// The model's probabilities for the whole message, and the highest job-ask probability of any one
/// sentence with where that sentence is (a job ask can be one sentence of a long, friendly message).
/// </summary>
public sealed record IntentModelReading(
    IReadOnlyDictionary<MessageIntent, double> Probabilities,
    double JobAskPeak,
    int PeakStart,
    int PeakLength)
{
    /// <summary>Job ask when the whole message's job-ask probability, or one sentence's, reaches its threshold; else the likeliest other intent.</summary>
    public (MessageIntent Intent, double Confidence) Decide(double jobAskThreshold, double sentenceThreshold)
    {
        var whole = Probabilities.GetValueOrDefault(MessageIntent.JobAsk);
        if (whole >= jobAskThreshold || JobAskPeak >= sentenceThreshold)
        {
            return (MessageIntent.JobAsk, Math.Max(whole, JobAskPeak));
        }

        var best = MessageIntent.Other;
        var bestProbability = -1.0;
        foreach (var (intent, probability) in Probabilities)
        {
            if (intent != MessageIntent.JobAsk && probability > bestProbability)
            {
                best = intent;
                bestProbability = probability;
            }
        }

        return (best, Math.Max(0, bestProbability));
    }
}
