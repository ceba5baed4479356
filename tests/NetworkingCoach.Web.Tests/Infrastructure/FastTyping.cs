namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>What a fast typist sends: 150 characters, one key every 5 ms.</summary>
public static class FastTyping
{
    public const int Length = 150;

    public const int DelayMs = 5;

    /// <summary>The sentence repeated and cut to exactly <see cref="Length"/> characters.</summary>
    public static string Text(string sentence)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, Length / sentence.Length + 1))[..Length];
        return text.TrimEnd().Length == Length ? text : text.TrimEnd() + new string('.', Length - text.TrimEnd().Length);
    }
}
