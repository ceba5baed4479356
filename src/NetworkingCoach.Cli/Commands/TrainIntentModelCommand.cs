using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>
/// Trains each candidate recipe on the train split, chooses its threshold on dev, ships the best by dev,
/// and only then reports that one model's figures on the test split beside the phrase-only classifier's.
/// </summary>
public sealed class TrainIntentModelCommand : ICliCommand
{
    public string Name => "train-intent-model";
    public string Summary => "Train the intent model on train.tsv, choose the job-ask threshold on dev.tsv, write the model file, and print dev and test figures.";
    public string Usage => "train-intent-model --corpus DIR --out FILE [--recall-target 0.98] [--show-dev-misses] [--report-test [--show-test-misses]]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "show-dev-misses", "report-test", "show-test-misses" };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var folder = arguments.Require("corpus");
        var path = arguments.Require("out");
        var target = double.TryParse(arguments.Get("recall-target") ?? "0.98", System.Globalization.CultureInfo.InvariantCulture, out var t) && t is > 0 and <= 1
            ? t : throw new CliUsageException("--recall-target must be a number between 0 and 1.");
        IntentCorpusSplit split;
        try
        {
            split = IntentCorpus.ReadSplit(folder);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }

        console.Output.WriteLine($"train {split.Train.Count}, dev {split.Dev.Count}, test {split.Test.Count}; dev job-ask recall target {target:0.00}");
        (IntentModel Model, IntentEvaluation Dev)? best = null;
        foreach (var recipe in IntentModelRecipe.Candidates)
        {
            var candidate = IntentModelTrainer.ChooseThreshold(IntentModelTrainer.Train(split.Train, recipe), split.Dev, target);
            console.Output.WriteLine($"dev  {IntentModelTrainer.Describe(candidate.Model)}: {candidate.Dev.Summary}");
            if (best is null || Better(candidate.Dev, best.Value.Dev, target))
            {
                best = candidate;
            }
        }

        var model = best!.Value.Model;
        await using (var stream = File.Create(path))
        {
            model.Save(stream);
        }

        console.Output.WriteLine($"chosen on dev: {IntentModelTrainer.Describe(model)}; written to {path}");
        var shipped = new IntentClassifier(IntentModelLoad.FromFile(path));
        IntentModelReport.WriteMisses(console, shipped, "dev", split.Dev, arguments.Has("show-dev-misses"));
        if (!arguments.Has("report-test"))
        {
            console.Output.WriteLine("Test split not read: pass --report-test once the model is final.");
            return ExitCodes.Ok;
        }

        IntentModelReport.WriteTestFigures(console, folder, split, shipped, arguments.Has("show-test-misses"));

        return ExitCodes.Ok;
    }

    private static bool Better(IntentEvaluation candidate, IntentEvaluation current, double target)
    {
        var (a, b) = (candidate.JobAskRecall >= target, current.JobAskRecall >= target);
        if (a != b)
        {
            return a;
        }

        var candidateScore = Math.Min(candidate.JobAskRecall, target) + candidate.JobAskPrecision + candidate.Accuracy;
        var currentScore = Math.Min(current.JobAskRecall, target) + current.JobAskPrecision + current.Accuracy;
        return candidateScore > currentScore;
    }
}
