using Microsoft.Playwright;

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

    /// <summary>
    /// Types the text in short bursts, resting between them for about as long as the page waits before it reads
    /// what was typed, so the page's reads (and the renders they cause) land among the keystrokes.
    /// </summary>
    public static async Task TypeInBurstsAsync(ILocator box, string text, int pageWaitsMs)
    {
        const int burst = 8;
        int[] rests = [pageWaitsMs - 40, pageWaitsMs - 10, pageWaitsMs + 20, pageWaitsMs + 60];
        for (var start = 0; start < text.Length; start += burst)
        {
            await box.PressSequentiallyAsync(text.Substring(start, Math.Min(burst, text.Length - start)), new() { Delay = DelayMs });
            await Task.Delay(rests[start / burst % rests.Length]);
        }
    }
}
