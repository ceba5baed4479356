using NetworkingCoach.Coaching;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Classifies messages read one per line from standard input.</summary>
public sealed class ClassifyCommand : ICliCommand
{
    public string Name => "classify";
    public string Summary => "Read messages, one per line, from standard input; print each one's intent, how sure the model is and the phrases behind it as JSON.";
    public string Usage => "classify < messages.txt";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var classifier = new IntentClassifier();
        while (await console.Input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = classifier.Classify(line);
            console.Output.WriteLine(CliJson.Serialize(new
            {
                text = line,
                intent = result.Intent.ToCode(),
                confidence = Math.Round(result.Confidence, 3),
                cues = result.Cues.Where(c => !c.Discounted).Select(c => c.Phrase).ToArray(),
                decided_by = result.Source switch { IntentSource.Model => "model", IntentSource.PhraseCues => "phrase_cues", _ => "cant_tell" },
                note = result.Note,
            }));
        }

        return ExitCodes.Ok;
    }
}
