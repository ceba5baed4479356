using NetworkingCoach.Coaching;
using Xunit.Abstractions;

namespace NetworkingCoach.Tests.Coaching;

/// <summary>
/// The shipped model on the test split, the figures docs/coaching-rules.md reports: job-ask recall
/// 0.97, precision 0.95 and all-intent accuracy 0.90 are the targets.
/// </summary>
public class IntentModelFiguresTests(ITestOutputHelper output)
{
    [Fact]
    public void On_the_test_split_job_asks_are_caught_and_intents_read_better_than_by_phrases()
    {
        var test = IntentCorpus.Read(Path.Combine(AppContext.BaseDirectory, "IntentCorpus", IntentCorpus.TestFile));
        var model = new IntentClassifier();
        var phrases = new PhraseIntentClassifier();
        model.ReadAhead(test.Select(m => m.Text));

        var figures = IntentEvaluation.Of(test, text => model.Classify(text).Intent);
        var baseline = IntentEvaluation.Of(test, text => phrases.Classify(text).Intent);

        output.WriteLine($"model + cues: {figures.Summary}");
        output.WriteLine($"phrase cues:  {baseline.Summary}");
        Assert.True(figures.JobAskRecall >= 0.97, figures.Summary);
        Assert.True(figures.Accuracy >= 0.90, figures.Summary);
        Assert.True(figures.JobAskPrecision >= 0.95, figures.Summary);
        Assert.True(figures.JobAskRecall > baseline.JobAskRecall && figures.Accuracy > baseline.Accuracy);
    }
}
