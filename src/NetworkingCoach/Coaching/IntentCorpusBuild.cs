namespace NetworkingCoach.Coaching;

/// <summary>The corpus built from its editions: the whole split, each edition's part, and what was dropped.</summary>
public sealed record IntentCorpusBuild(IntentCorpusSplit Split, IReadOnlyList<IntentCorpusEdition> Editions, IReadOnlyList<string> Problems);
