using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NetworkingCoach.Coaching;

/// <summary>
/// The learned intent model (ML.NET text featurizer and linear classifier) with its stored job-ask
/// threshold. Saved as one zip holding the ML.NET model and <see cref="IntentModelInfo"/>; loaded once.
/// </summary>
public sealed class IntentModel
{
    private const string ModelEntry = "model.zip";
    private const string InfoEntry = "intent-model.json";

    /// <summary>A message is also read sentence by sentence from this many sentences up.</summary>
    private const int SentencesToReadSeparately = 3;
    private const int MaxSentences = 400;
    private const int ReadAheadPart = 64;

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<IntentModelInput, IntentModelOutput> _engine;
    private readonly MessageIntent[] _slots;
    private readonly Lock _lock = new();

    public IntentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IntentModelInfo info)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        Info = info;
        _engine = ml.Model.CreatePredictionEngine<IntentModelInput, IntentModelOutput>(transformer, inputSchema);
        _slots = SlotIntents(_engine.OutputSchema);
    }

    public IntentModelInfo Info { get; }

    /// <summary>Loads a model file; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static IntentModel Load(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var infoEntry = zip.GetEntry(InfoEntry) ?? throw new InvalidDataException($"The file has no {InfoEntry}.");
            IntentModelInfo info;
            using (var infoStream = infoEntry.Open())
            {
                info = JsonSerializer.Deserialize<IntentModelInfo>(infoStream) ?? throw new InvalidDataException($"{InfoEntry} is empty.");
            }

            if (info.JobAskThreshold is <= 0 or >= 1)
            {
                throw new InvalidDataException($"The stored job-ask threshold {info.JobAskThreshold} is not between 0 and 1.");
            }

            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"The file has no {ModelEntry}.");
            using var buffer = new MemoryStream();
            using (var modelStream = modelEntry.Open())
            {
                modelStream.CopyTo(buffer);
            }

            buffer.Position = 0;
            var ml = new MLContext(seed: 0);
            var transformer = ml.Model.Load(buffer, out var schema);
            if (info.EmbeddingWeight > 0)
            {
                _ = IntentEmbedder.Shared;
            }

            return new IntentModel(ml, transformer, schema, info);
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"The file is not a readable intent model ({ex.GetType().Name}: {ex.Message}).", ex);
        }
    }

    /// <summary>Writes the model and its info as one file.</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var modelStream = zip.CreateEntry(ModelEntry, CompressionLevel.Optimal).Open())
        {
            using var buffer = new MemoryStream();
            _ml.Model.Save(_transformer, _inputSchema, buffer);
            buffer.Position = 0;
            buffer.CopyTo(modelStream);
        }

        using var infoStream = zip.CreateEntry(InfoEntry).Open();
        JsonSerializer.Serialize(infoStream, Info, s_json);
    }

    /// <summary>A copy with other stored info (the threshold chosen after training).</summary>
    public IntentModel WithInfo(IntentModelInfo info) => new(_ml, _transformer, _inputSchema, info);

    /// <summary>The probabilities for the whole text and, for a longer text, the job-ask peak over its sentences.</summary>
    public IntentModelReading Read(string text)
    {
        var (spans, texts) = Pieces(text);
        var embeddings = Info.EmbeddingWeight > 0 ? IntentEmbedder.Shared.Embed(texts) : null;

        var whole = Probabilities(text, embeddings?[0]);
        var peak = whole.GetValueOrDefault(MessageIntent.JobAsk);
        int peakStart = 0, peakLength = text.Length;
        for (var i = 0; i < spans.Count; i++)
        {
            var p = Probabilities(texts[i + 1], embeddings?[i + 1]).GetValueOrDefault(MessageIntent.JobAsk);
            if (p > peak)
            {
                (peak, peakStart, peakLength) = (p, spans[i].Start, spans[i].Length);
            }
        }

        return new IntentModelReading(whole, peak, peakStart, peakLength);
    }

    /// <summary>
    /// Embeds ahead what <see cref="Read"/> will embed for these texts: reading many messages (an evaluation) then
    /// batches texts of like length across messages, with the very same vectors.
    /// </summary>
    public void ReadAhead(IEnumerable<string> texts)
    {
        if (Info.EmbeddingWeight <= 0)
        {
            return;
        }

        // In parts, so that other readers of the shared encoder are not kept waiting for the whole lot.
        var pieces = texts.SelectMany(t => Pieces(t).Texts).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length);
        foreach (var part in pieces.Chunk(ReadAheadPart))
        {
            IntentEmbedder.Shared.Embed(part);
        }
    }

    /// <summary>An embedding scaled by the weight it carries beside the n-grams.</summary>
    public static float[] Weighted(float[] embedding, double weight) => embedding.Select(v => (float)(v * weight)).ToArray();

    private Dictionary<MessageIntent, double> Probabilities(string text, float[]? embedding)
    {
        var input = new IntentModelInput { Text = text };
        if (embedding is not null)
        {
            input.Embedding = Weighted(embedding, Info.EmbeddingWeight);
        }

        float[] scores;
        lock (_lock)
        {
            scores = _engine.Predict(input).Score;
        }

        var result = new Dictionary<MessageIntent, double>();
        for (var i = 0; i < _slots.Length && i < scores.Length; i++)
        {
            result[_slots[i]] = scores[i];
        }

        return result;
    }

    // The whole text and, for a longer one, its sentences: what is embedded and scored.
    private static (List<(int Start, int Length)> Spans, List<string> Texts) Pieces(string text)
    {
        var sentences = Sentences(text);
        List<(int Start, int Length)> spans = sentences.Count >= SentencesToReadSeparately ? sentences.Take(MaxSentences).ToList() : [];
        return (spans, spans.Select(s => text.Substring(s.Start, s.Length)).Prepend(text).ToList());
    }

    // Sentence spans: text up to and including a run of . ! ? or a line break.
    private static List<(int Start, int Length)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end || i + 1 == text.Length)
            {
                while (start <= i && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                if (i + 1 - start > 1)
                {
                    spans.Add((start, i + 1 - start));
                }

                start = i + 1;
            }
        }

        return spans;
    }

    private static MessageIntent[] SlotIntents(DataViewSchema schema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues()
            .Select(n => MessageIntentCodes.TryParse(n.ToString(), out var intent) ? intent
                : throw new InvalidDataException($"The model has an unknown label '{n}'."))
            .ToArray();
    }
}
