using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Merges the corpus sources, drops duplicates and conflicting labels, and splits them once into train, dev and test.</summary>
public sealed class BuildIntentCorpusCommand : ICliCommand
{
    public string Name => "build-intent-corpus";
    public string Summary => "Merge labelled message files (label<TAB>message), de-duplicate, check labels and split by a fixed seed into train.tsv, dev.tsv, test.tsv (70/15/15 per label).";
    public string Usage => "build-intent-corpus --sources DIR --out DIR [--seed 13]";

    public Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var sources = arguments.Require("sources");
        var output = arguments.Require("out");
        var seed = int.TryParse(arguments.Get("seed") ?? "13", out var s) ? s : throw new CliUsageException("--seed must be a whole number.");
        var all = new List<IntentCorpusMessage>();
        try
        {
            foreach (var file in Directory.GetFiles(sources, "*.tsv").Order(StringComparer.Ordinal))
            {
                var messages = IntentCorpus.Read(file);
                console.Output.WriteLine($"{Path.GetFileName(file)}: {messages.Count} messages");
                all.AddRange(messages);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            console.Error.WriteLine(ex.Message);
            return Task.FromResult(ExitCodes.Failed);
        }

        var (kept, problems) = IntentCorpus.Deduplicate(all);
        foreach (var problem in problems)
        {
            console.Output.WriteLine(problem);
        }

        var split = IntentCorpus.Split(kept, seed);
        Directory.CreateDirectory(output);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.TrainFile), split.Train);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.DevFile), split.Dev);
        IntentCorpus.Write(Path.Combine(output, IntentCorpus.TestFile), split.Test);
        console.Output.WriteLine($"{all.Count} read, {kept.Count} kept: train {split.Train.Count}, dev {split.Dev.Count}, test {split.Test.Count} (seed {seed})");
        foreach (var group in kept.GroupBy(m => m.Label).OrderBy(g => g.Key))
        {
            console.Output.WriteLine($"  {group.Key.ToCode(),-14} {group.Count(),5}");
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
