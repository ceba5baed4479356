namespace NetworkingCoach.Coaching;

/// <summary>One way to train the model: word and character n-gram lengths and weighting, the linear trainer and its regularisation.</summary>
public sealed record IntentModelRecipe(string Name, int WordNgrams, int CharNgrams, bool Lbfgs, float L2, bool TfIdf = false)
{
    /// <summary>The recipes compared on the dev split; the best one ships. Earlier comparisons are in ADR-008.</summary>
    public static IReadOnlyList<IntentModelRecipe> Candidates { get; } =
    [
        new("words 1-3 + chars 4, L-BFGS max-entropy, L2 0.003", 3, 4, Lbfgs: true, L2: 0.003f),
        new("words 1-3 + chars 4, L-BFGS max-entropy, L2 0.01", 3, 4, Lbfgs: true, L2: 0.01f),
    ];
}
