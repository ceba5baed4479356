using Microsoft.Extensions.Logging;

namespace NetworkingCoach.Coaching;

/// <summary>
/// Decides a message's intent with the learned model (<see cref="IntentModel"/>) and explains it with
/// phrase cues (<see cref="PhraseIntentClassifier"/>). An unmistakable job-ask phrase wins over the
/// model; without a model, any job-ask phrase does. Never throws on text. See docs/coaching-rules.md.
/// </summary>
public sealed class IntentClassifier
{
    private readonly IntentModelLoad _load;
    private readonly PhraseIntentClassifier _phrases = new();

    /// <summary>Uses the model shipped with the app.</summary>
    public IntentClassifier()
        : this(IntentModelLoad.Shipped)
    {
    }

    public IntentClassifier(IntentModelLoad load, ILogger<IntentClassifier>? logger = null)
    {
        _load = load;
        if (load.Model is null)
        {
            logger?.LogWarning("{Problem} Message intents are judged from phrase cues only, and any job-ask phrase counts as a job ask.", load.Problem);
        }
    }

    /// <summary>Whether the learned model is loaded (false means phrase cues only).</summary>
    public bool HasModel => _load.Model is not null;

    /// <summary>Prepares the reading of many messages with no subject (an evaluation) ahead, in batches; the figures are the same.</summary>
    public void ReadAhead(IEnumerable<string> bodies) => _load.Model?.ReadAhead(bodies);

    /// <summary>Classifies a message with no subject.</summary>
    public IntentClassification Classify(string? body) => Classify(null, body);

    /// <summary>Classifies a message from its subject and body together; cues say which field they are in.</summary>
    public IntentClassification Classify(string? subject, string? body)
    {
        var phrases = _phrases.Classify(subject, body);
        var phraseAsk = phrases.Scores[MessageIntent.JobAsk];
        var text = string.IsNullOrWhiteSpace(subject) ? body ?? "" : $"{subject}\n{body}";

        if (MessageReadability.WhyUnreadable(text) is { } why)
        {
            return phraseAsk > 0
                ? phrases with { Intent = MessageIntent.JobAsk, Source = IntentSource.CantTell, Note = why + " It holds a job-ask phrase, so it is treated as a job ask." }
                : phrases with { Intent = MessageIntent.Other, Confidence = 0, Source = IntentSource.CantTell, Note = why + " The coach can't tell what it asks." };
        }

        if (_load.Model is not { } model)
        {
            var note = _load.Problem + " The intent was judged from phrase cues only.";
            return phraseAsk > 0
                ? phrases with { Intent = MessageIntent.JobAsk, Source = IntentSource.PhraseCues, Note = note }
                : phrases with { Source = IntentSource.PhraseCues, Note = note };
        }

        var reading = model.Read(text);
        var (intent, confidence) = reading.Decide(model.Info.JobAskThreshold, model.Info.SentenceThreshold);
        var cues = phrases.Cues;
        string? overrideNote = null;
        if (intent != MessageIntent.JobAsk && phraseAsk >= PhraseIntentClassifier.JobAskScore)
        {
            intent = MessageIntent.JobAsk;
            confidence = Math.Max(reading.JobAskPeak, phrases.Confidence);
            overrideNote = "A phrase that is always a job ask decided it.";
        }
        else if (intent == MessageIntent.JobAsk && !cues.Any(c => c.Intent == MessageIntent.JobAsk && !c.Discounted))
        {
            cues = [.. cues, SentenceCue(subject, text, reading)];
        }

        return new IntentClassification(intent, Math.Round(confidence, 2), cues, reading.Probabilities, IntentSource.Model, overrideNote);
    }

    // With no job-ask phrase to show, the sentence the model read as the ask is the cue.
    private static IntentCue SentenceCue(string? subject, string text, IntentModelReading reading)
    {
        var bodyStart = string.IsNullOrWhiteSpace(subject) ? 0 : subject.Length + 1;
        var (start, length) = reading.PeakStart >= bodyStart ? (reading.PeakStart, reading.PeakLength) : (bodyStart, text.Length - bodyStart);
        var field = MessageField.Body;
        if (length == 0)
        {
            (start, length, field) = (0, bodyStart - 1, MessageField.Subject);
            bodyStart = 0;
        }

        return new IntentCue(MessageIntent.JobAsk, text.Substring(start, length), start - bodyStart, length, field, 0, Note: "read as a job ask as a whole");
    }
}
