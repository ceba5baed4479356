using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>The test-split figures of a model beside the phrase cues alone: whole split, each edition's part, confusion matrices, misses.</summary>
public static class IntentModelReport
{
    public static void WriteTestFigures(CliConsole console, string folder, IntentCorpusSplit split, IntentClassifier model, bool showMisses)
    {
        var phrases = new PhraseIntentClassifier();
        model.ReadAhead(split.Test.Select(m => m.Text));
        var test = IntentEvaluation.Of(split.Test, text => model.Classify(text).Intent);
        var baseline = IntentEvaluation.Of(split.Test, text => phrases.Classify(text).Intent);
        console.Output.WriteLine($"test model + cues:   {test.Summary}");
        console.Output.WriteLine($"test phrase cues only: {baseline.Summary}");
        var sources = Path.Combine(folder, "sources");
        if (Directory.Exists(sources))
        {
            foreach (var edition in IntentCorpus.Build(sources, IntentCorpus.Seed).Editions)
            {
                var part = edition.Split.Test;
                console.Output.WriteLine($"  {edition.Name} test part ({part.Count}): model + cues {IntentEvaluation.Of(part, text => model.Classify(text).Intent).Summary}; phrase cues only {IntentEvaluation.Of(part, text => phrases.Classify(text).Intent).Summary}");
            }
        }

        console.Output.WriteLine();
        console.Output.WriteLine("Test confusion matrix, model + cues:");
        console.Output.Write(test.ConfusionMatrix());
        console.Output.WriteLine();
        console.Output.WriteLine("Test confusion matrix, phrase cues only:");
        console.Output.Write(baseline.ConfusionMatrix());
        WriteMisses(console, model, "test", split.Test, showMisses);
    }

    public static void WriteMisses(CliConsole console, IntentClassifier classifier, string name, IReadOnlyList<IntentCorpusMessage> messages, bool show)
    {
        if (!show)
        {
            return;
        }

        console.Output.WriteLine();
        foreach (var message in messages)
        {
            var read = classifier.Classify(message.Text);
            if (read.Intent != message.Label)
            {
                console.Output.WriteLine($"{name}: {message.Label.ToCode()} read as {read.Intent.ToCode()} ({read.Confidence:0.00}): {message.Text}");
            }
        }
    }
}
