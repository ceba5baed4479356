using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Reports a finished model's figures on the test split without training anything.</summary>
public sealed class EvaluateIntentModelCommand : ICliCommand
{
    public string Name => "evaluate-intent-model";
    public string Summary => "Print a model file's figures on test.tsv (whole split and each edition's part) beside the phrase cues alone, with confusion matrices.";
    public string Usage => "evaluate-intent-model --corpus DIR --model FILE [--show-test-misses]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "show-test-misses" };

    public Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var folder = arguments.Require("corpus");
        var load = IntentModelLoad.FromFile(arguments.Require("model"));
        if (load.Model is null)
        {
            console.Error.WriteLine(load.Problem);
            return Task.FromResult(ExitCodes.Failed);
        }

        IntentCorpusSplit split;
        try
        {
            split = IntentCorpus.ReadSplit(folder);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            console.Error.WriteLine(ex.Message);
            return Task.FromResult(ExitCodes.Failed);
        }

        console.Output.WriteLine($"{IntentModelTrainer.Describe(load.Model)}; dev: {load.Model.Info.DevFigures}");
        IntentModelReport.WriteTestFigures(console, folder, split, new IntentClassifier(load), arguments.Has("show-test-misses"));
        return Task.FromResult(ExitCodes.Ok);
    }
}
