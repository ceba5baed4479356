namespace NetworkingCoach.Coaching;

/// <summary>Says why a message cannot be read for its intent: empty, no words, or not English.</summary>
public static class MessageReadability
{
    // Common English words, including text-speak, that almost every English message of a few words holds.
    private static readonly HashSet<string> s_english = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "for", "with", "from", "by", "about",
        "i", "im", "i'm", "me", "my", "you", "your", "u", "ur", "we", "our", "us", "he", "she", "they", "them", "it", "its", "it's",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "can", "could", "would",
        "will", "should", "may", "might", "not", "no", "yes", "any", "anything", "all", "this", "that", "what", "who", "how",
        "when", "where", "why", "there", "here", "hi", "hey", "hello", "dear", "thanks", "thank", "thx", "pls", "please",
        "just", "know", "get", "like", "love", "hope", "well", "good", "great", "new", "job", "work", "time", "let", "see",
        "up", "out", "now", "still", "again", "r", "n", "ok", "okay", "yeah", "sorry", "lol", "congrats", "cheers",
    };

    /// <summary>Null when the text can be read, else the reason in plain words.</summary>
    public static string? WhyUnreadable(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The message is empty.";
        }

        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                latin += c <= '\u024F' ? 1 : 0;
            }
        }

        if (letters == 0)
        {
            return "The message has no words to read, only symbols, numbers or emoji.";
        }

        if (latin < letters / 2)
        {
            return "The message does not look like English, the only language the coach reads.";
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ';', ':', '"', '(', ')', '\u2019', '\'').Replace('\u2019', '\''))
            .Where(w => w.Any(char.IsLetter))
            .ToList();
        var english = words.Count(s_english.Contains);
        return words.Count >= 4 && english * 8 < words.Count
            ? "The message does not look like English, the only language the coach reads."
            : null;
    }
}
