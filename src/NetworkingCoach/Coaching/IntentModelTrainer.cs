using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace NetworkingCoach.Coaching;

/// <summary>
/// Trains the intent model on the train split and chooses its job-ask threshold on the dev split,
/// job-ask recall first. The test split is never read here.
/// </summary>
public static class IntentModelTrainer
{
    /// <summary>Fits the featurizer and classifier of a recipe; the threshold is set by <see cref="ChooseThreshold"/>.</summary>
    public static IntentModel Train(IReadOnlyList<IntentCorpusMessage> train, IntentModelRecipe recipe, int seed = 13)
    {
        var ml = new MLContext(seed);
        var embeddings = recipe.EmbeddingWeight > 0 ? IntentEmbedder.Shared.Embed(train.Select(m => m.Text).ToList()) : null;
        var data = ml.Data.LoadFromEnumerable(train.Select((m, i) => new IntentTrainingRow
        {
            Text = m.Text,
            Label = m.Label.ToCode(),
            Embedding = embeddings is null ? new float[IntentEmbedder.Dimensions] : IntentModel.Weighted(embeddings[i], recipe.EmbeddingWeight),
        }).ToList());
        var keyed = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data).Transform(data);
        var weighting = recipe.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var ngrams = ml.Transforms.Text.FeaturizeText("Ngrams", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = recipe.WordNgrams, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = recipe.CharNgrams, UseAllLengths = false, Weighting = weighting },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, "Text");
        var features = ngrams.Append(recipe.EmbeddingWeight > 0
            ? ml.Transforms.Concatenate("Features", "Ngrams", "Embedding")
            : ml.Transforms.Concatenate("Features", "Ngrams"));
        var pipeline = recipe.Lbfgs
            ? features.Append<ITransformer>(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new LbfgsMaximumEntropyMulticlassTrainer.Options { L2Regularization = recipe.L2, L1Regularization = 0, MaximumNumberOfIterations = 200 }))
            : features.Append<ITransformer>(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new SdcaMaximumEntropyMulticlassTrainer.Options { L2Regularization = recipe.L2, MaximumNumberOfIterations = 100 }));
        var transformer = pipeline.Fit(keyed);
        var inputSchema = ml.Data.LoadFromEnumerable(new List<IntentModelInput>()).Schema;
        return new IntentModel(ml, transformer, inputSchema, new IntentModelInfo
        {
            JobAskThreshold = 0.5,
            EmbeddingWeight = recipe.EmbeddingWeight,
            Description = recipe.Name,
            TrainMessages = train.Count,
        });
    }

    /// <summary>
    /// Tries whole-message thresholds from 0.05 to 0.95, and sentence thresholds from there up, on the dev
    /// split with the phrase safety net in place: the highest precision among those reaching
    /// <paramref name="recallTarget"/>, else the highest recall; ties keep the lower, safer thresholds.
    /// Returns the model with the choice stored and its dev figures.
    /// </summary>
    public static (IntentModel Model, IntentEvaluation Dev) ChooseThreshold(IntentModel model, IReadOnlyList<IntentCorpusMessage> dev, double recallTarget)
    {
        var phrases = new PhraseIntentClassifier();
        var read = dev.Select(m => (m.Label, Reading: model.Read(m.Text), PhraseAsk: phrases.Classify(m.Text).Scores[MessageIntent.JobAsk])).ToList();
        (double Whole, double Sentence, IntentEvaluation Figures)? best = null;
        for (var step = 5; step <= 95; step++)
        {
            var whole = step / 100.0;
            foreach (var sentence in new[] { whole, 0.8, 0.85, 0.9, 0.95 }.Where(s => s >= whole))
            {
                var figures = new IntentEvaluation(read.Select(r =>
                {
                    var intent = r.Reading.Decide(whole, sentence).Intent;
                    return (r.Label, r.PhraseAsk >= PhraseIntentClassifier.JobAskScore ? MessageIntent.JobAsk : intent);
                }));
                if (best is null || Better(figures, best.Value.Figures, recallTarget))
                {
                    best = (whole, sentence, figures);
                }
            }
        }

        var (chosen, sentenceThreshold, _) = best!.Value;
        var tuned = model.WithInfo(model.Info with { JobAskThreshold = chosen, SentenceThreshold = sentenceThreshold });
        var classifier = new IntentClassifier(new IntentModelLoad(tuned, null));
        var devFigures = IntentEvaluation.Of(dev, text => classifier.Classify(text).Intent);
        return (tuned.WithInfo(tuned.Info with { DevFigures = devFigures.Summary }), devFigures);
    }

    // Recall target first, then precision, then accuracy; ties keep the earlier (lower, safer) threshold.
    private static bool Better(IntentEvaluation candidate, IntentEvaluation current, double recallTarget)
    {
        var candidateMeets = candidate.JobAskRecall >= recallTarget;
        var currentMeets = current.JobAskRecall >= recallTarget;
        if (candidateMeets != currentMeets)
        {
            return candidateMeets;
        }

        if (!candidateMeets && candidate.JobAskRecall != current.JobAskRecall)
        {
            return candidate.JobAskRecall > current.JobAskRecall;
        }

        return candidate.JobAskPrecision != current.JobAskPrecision
            ? candidate.JobAskPrecision > current.JobAskPrecision
            : candidate.Accuracy > current.Accuracy;
    }

    /// <summary>One line per recipe for a report.</summary>
    public static string Describe(IntentModel model) =>
        string.Create(CultureInfo.InvariantCulture, $"{model.Info.Description}: job-ask threshold {model.Info.JobAskThreshold:0.00}, one sentence {model.Info.SentenceThreshold:0.00}");
}
