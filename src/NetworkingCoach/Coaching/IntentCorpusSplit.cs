namespace NetworkingCoach.Coaching;

/// <summary>The corpus split once into training, development (threshold choice) and test (figures only) sets.</summary>
public sealed record IntentCorpusSplit(
    IReadOnlyList<IntentCorpusMessage> Train,
    IReadOnlyList<IntentCorpusMessage> Dev,
    IReadOnlyList<IntentCorpusMessage> Test);
