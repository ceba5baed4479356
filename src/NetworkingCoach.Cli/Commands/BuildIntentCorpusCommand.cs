using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Merges the corpus editions, drops duplicates and conflicting labels, and splits each edition once into train, dev and test.</summary>
public sealed class BuildIntentCorpusCommand : ICliCommand
{
    public string Name => "build-intent-corpus";
    public string Summary => "Merge labelled message files (label<TAB>message) from the edition folders under --sources, de-duplicate, check labels and split each edition by a fixed seed into train.tsv, dev.tsv, test.tsv (70/15/15 per label).";
    public string Usage => "build-intent-corpus --sources DIR --out DIR [--seed 13]";

    public Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var sources = arguments.Require("sources");
        var output = arguments.Require("out");
        var seed = int.TryParse(arguments.Get("seed") ?? IntentCorpus.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), out var s) ? s : throw new CliUsageException("--seed must be a whole number.");
        IntentCorpusBuild build;
        try
        {
            build = IntentCorpus.Build(sources, seed);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            console.Error.WriteLine(ex.Message);
            return Task.FromResult(ExitCodes.Failed);
        }

        foreach (var problem in build.Problems)
        {
            console.Output.WriteLine(problem);
        }

        var split = build.Split;
        Directory.CreateDirectory(output);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.TrainFile), split.Train);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.DevFile), split.Dev);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.TestFile), split.Test);
        foreach (var edition in build.Editions)
        {
            var e = edition.Split;
            console.Output.WriteLine($"{edition.Name}: {edition.Read} read, {e.Train.Count + e.Dev.Count + e.Test.Count} kept: train {e.Train.Count}, dev {e.Dev.Count}, test {e.Test.Count}");
        }

        console.Output.WriteLine($"all: train {split.Train.Count}, dev {split.Dev.Count}, test {split.Test.Count} (seed {seed})");
        foreach (var group in split.Train.Concat(split.Dev).Concat(split.Test).GroupBy(m => m.Label).OrderBy(g => g.Key))
        {
            console.Output.WriteLine($"  {group.Key.ToCode(),-14} {group.Count(),5}");
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
