namespace NetworkingCoach.Coaching;

/// <summary>
/// One way to train the model: word and character n-gram lengths and weighting, how much the sentence
/// embedding weighs beside them (0: not used), the linear trainer and its regularisation.
/// </summary>
public sealed record IntentModelRecipe(string Name, int WordNgrams, int CharNgrams, bool Lbfgs, float L2, bool TfIdf = false, float EmbeddingWeight = 0)
{
    /// <summary>The recipes compared on the dev split; the best one ships. Earlier comparisons are in ADR-008.</summary>
    public static IReadOnlyList<IntentModelRecipe> Candidates { get; } =
    [
        new("words 1-3 + chars 4 tf-idf, L-BFGS, L2 0.03", 3, 4, Lbfgs: true, L2: 0.03f, TfIdf: true),
        new("words 1-3 + chars 4 tf-idf + MiniLM embedding x0.35, L-BFGS, L2 0.03", 3, 4, Lbfgs: true, L2: 0.03f, TfIdf: true, EmbeddingWeight: 0.35f),
        new("words 1-3 + chars 4 tf-idf + MiniLM embedding x0.5, L-BFGS, L2 0.03", 3, 4, Lbfgs: true, L2: 0.03f, TfIdf: true, EmbeddingWeight: 0.5f),
    ];
}
