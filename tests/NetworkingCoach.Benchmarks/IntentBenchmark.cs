using System.Diagnostics;
using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Benchmarks;

/// <summary>
/// One message classified, and classified and checked, by the learned model with its cues against the
/// phrase cues alone, in the same run, over messages of every length; median and p99 per message.
/// </summary>
public static class IntentBenchmark
{
    private const int Rounds = 2;

    private static int s_runs;

    public static void Run(string corpusFolder)
    {
        var messages = IntentCorpus.Read(Path.Combine(corpusFolder, IntentCorpus.TestFile)).Select(m => m.Text).ToList();
        messages.Add(string.Concat(Enumerable.Repeat("We spent the weekend walking by the coast and the weather held. ", 300)) + "Could you refer me?");
        var started = Stopwatch.GetTimestamp();
        var model = new IntentClassifier();
        var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var phrases = new IntentClassifier(IntentModelLoad.Missing("phrase cues only, for comparison"));
        var clock = TimeProvider.System;
        var history = new RelationshipHistory
        {
            ContactId = 1,
            Name = "Sam Example",
            Touchpoints = [.. Enumerable.Range(1, 40).Select(i => new TouchpointFact
            {
                Id = i, OccurredAt = DateTime.UtcNow.AddDays(-30 * i), Channel = Channel.Email, Direction = Direction.Mutual,
                Intent = TouchpointIntent.KeepInTouch, Replied = true, HasPurpose = true, HasAgenda = true,
            })],
        };
        var withModel = new MessageChecker(model, new CoachingSettings(), clock);
        var withPhrases = new MessageChecker(phrases, new CoachingSettings(), clock);

        var rows = new[]
        {
            Time("classify: model + cues", messages, text => model.Classify(null, text)),
            Time("classify: phrase cues only (baseline)", messages, text => phrases.Classify(null, text)),
            Time("classify + check: model + cues", messages, text => withModel.Check(new MessageDraft(null, text), history)),
            Time("classify + check: phrase cues only (baseline)", messages, text => withPhrases.Check(new MessageDraft(null, text), history)),
            Time("classify: the 19,500-character message, model + cues", [messages[^1]], text => model.Classify(null, text), 10),
            Time("classify again, unchanged (embeddings remembered), model + cues", messages, text => model.Classify(null, text), fresh: false),
        };

        Console.WriteLine($"model loaded in {loadMs:0} ms (once per process); {messages.Count} messages (the test split and one of 19,500 characters), {Rounds} rounds after a warm-up");
        Console.WriteLine();
        Console.WriteLine($"| {"measurement",-56} | {"median ms",9} | {"p99 ms",8} | {"max ms",8} | {"calls",6} |");
        Console.WriteLine($"|{new string('-', 58)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 8)}|");
        foreach (var (name, median, p99, max, calls) in rows)
        {
            Console.WriteLine($"| {name,-56} | {median,9:0.000} | {p99,8:0.000} | {max,8:0.000} | {calls,6} |");
        }

        Console.WriteLine();
        Console.WriteLine($"model + cues / phrase cues, classify and check: median {rows[2].Median / rows[3].Median:0.0}x, p99 {rows[2].P99 / rows[3].P99:0.0}x");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
    }

    // Fresh: every call reads wording not seen before (a numbered ending), so remembered embeddings do not flatter the figure.
    private static (string Name, double Median, double P99, double Max, int Calls) Time(string name, IReadOnlyList<string> messages, Action<string> operation, int rounds = Rounds, bool fresh = true)
    {
        var run = Interlocked.Increment(ref s_runs);
        foreach (var text in messages.Take(20))
        {
            operation(fresh ? $"{text} (warm-up {run})" : text);
        }

        var times = new List<double>(messages.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in messages)
            {
                var wording = fresh ? $"{text} ({run}.{round})" : text;
                var started = Stopwatch.GetTimestamp();
                operation(wording);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        return (name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1], times[^1], times.Count);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
