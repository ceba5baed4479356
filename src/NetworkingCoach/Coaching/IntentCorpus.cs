using System.Globalization;
using System.Text;

namespace NetworkingCoach.Coaching;

/// <summary>
/// Reads, checks, de-duplicates and splits the labelled intent corpus (<c>label&lt;TAB&gt;message</c> lines).
/// See docs/intent-corpus.md.
/// </summary>
public static class IntentCorpus
{
    public const string TrainFile = "train.tsv";
    public const string DevFile = "dev.tsv";
    public const string TestFile = "test.tsv";

    /// <summary>The seed the committed split was made with.</summary>
    public const int Seed = 13;

    /// <summary>Reads one file; an unknown label or a line without a tab is an error naming the line.</summary>
    public static List<IntentCorpusMessage> Read(string path)
    {
        var messages = new List<IntentCorpusMessage>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || parts[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected 'label<TAB>message'.");
            }

            if (!MessageIntentCodes.TryParse(parts[0], out var label) || parts[0].Trim() != label.ToCode())
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: unknown label '{parts[0]}'.");
            }

            messages.Add(new IntentCorpusMessage(label, parts[1].Trim()));
        }

        return messages;
    }

    /// <summary>Reads the three split files of a corpus folder.</summary>
    public static IntentCorpusSplit ReadSplit(string folder) =>
        new(Read(Path.Combine(folder, TrainFile)), Read(Path.Combine(folder, DevFile)), Read(Path.Combine(folder, TestFile)));

    /// <summary>
    /// Builds the corpus from a sources folder holding one sub-folder per edition (read in name order,
    /// each edition's files in name order). Each edition is de-duplicated against itself and against every
    /// earlier edition (the earlier wording stands), then split on its own with the seed.
    /// </summary>
    public static IntentCorpusBuild Build(string sourcesFolder, int seed)
    {
        var loose = Directory.GetFiles(sourcesFolder, "*.tsv");
        if (loose.Length > 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(loose[0])}: source files belong in an edition folder (sources/edition-N/).");
        }

        var editions = new List<IntentCorpusEdition>();
        var problems = new List<string>();
        var earlier = new Dictionary<string, MessageIntent>();
        foreach (var folder in Directory.GetDirectories(sourcesFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var read = Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(Read).ToList();
            var (kept, editionProblems) = Deduplicate(read);
            problems.AddRange(editionProblems.Select(p => $"{name}: {p}"));
            var fresh = new List<IntentCorpusMessage>();
            foreach (var message in kept)
            {
                if (earlier.TryGetValue(Key(message.Text), out var label))
                {
                    problems.Add(label == message.Label
                        ? $"{name}: already in an earlier edition, dropped: \"{message.Text}\""
                        : $"{name}: labelled {label.ToCode()} in an earlier edition and {message.Label.ToCode()} here, dropped: \"{message.Text}\"");
                    continue;
                }

                fresh.Add(message);
            }

            foreach (var message in fresh)
            {
                earlier[Key(message.Text)] = message.Label;
            }

            editions.Add(new IntentCorpusEdition(name, read.Count, Split(fresh, seed)));
        }

        var whole = new IntentCorpusSplit(
            editions.SelectMany(e => e.Split.Train).ToList(),
            editions.SelectMany(e => e.Split.Dev).ToList(),
            editions.SelectMany(e => e.Split.Test).ToList());
        return new IntentCorpusBuild(whole, editions, problems);
    }

    /// <summary>
    /// Drops repeats of the same wording (ignoring case, punctuation and spacing); wording given two
    /// different labels is dropped altogether and reported, since neither label can be trusted.
    /// </summary>
    public static (List<IntentCorpusMessage> Kept, List<string> Problems) Deduplicate(IEnumerable<IntentCorpusMessage> messages)
    {
        var byKey = new Dictionary<string, IntentCorpusMessage>();
        var conflicting = new HashSet<string>();
        var problems = new List<string>();
        var order = new List<string>();
        foreach (var message in messages)
        {
            var key = Key(message.Text);
            if (key.Length == 0)
            {
                problems.Add($"no words: \"{message.Text}\"");
                continue;
            }

            if (!byKey.TryGetValue(key, out var seen))
            {
                byKey[key] = message;
                order.Add(key);
            }
            else if (seen.Label != message.Label && conflicting.Add(key))
            {
                problems.Add($"labelled both {seen.Label.ToCode()} and {message.Label.ToCode()}, dropped: \"{message.Text}\"");
            }
            else if (seen.Label == message.Label)
            {
                problems.Add($"duplicate, kept once: \"{message.Text}\"");
            }
        }

        return (order.Where(k => !conflicting.Contains(k)).Select(k => byKey[k]).ToList(), problems);
    }

    /// <summary>
    /// Splits by label (stratified) with a fixed seed, so the same corpus and seed always give the same
    /// split whatever order the sources were read in.
    /// </summary>
    public static IntentCorpusSplit Split(IEnumerable<IntentCorpusMessage> messages, int seed, double trainShare = 0.70, double devShare = 0.15)
    {
        var train = new List<IntentCorpusMessage>();
        var dev = new List<IntentCorpusMessage>();
        var test = new List<IntentCorpusMessage>();
        foreach (var group in messages.GroupBy(m => m.Label).OrderBy(g => g.Key))
        {
            var items = group.OrderBy(m => Key(m.Text), StringComparer.Ordinal).ToArray();
            new Random(seed + (int)group.Key).Shuffle(items);
            var trainCount = (int)Math.Round(items.Length * trainShare);
            var devCount = (int)Math.Round(items.Length * devShare);
            train.AddRange(items.Take(trainCount));
            dev.AddRange(items.Skip(trainCount).Take(devCount));
            test.AddRange(items.Skip(trainCount + devCount));
        }

        return new IntentCorpusSplit(train, dev, test);
    }

    /// <summary>Writes one file in the corpus format.</summary>
    public static void Write(string path, IEnumerable<IntentCorpusMessage> messages)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var message in messages)
        {
            writer.WriteLine($"{message.Label.ToCode()}\t{message.Text}");
        }
    }

    /// <summary>The wording with case, accents, punctuation and spacing ignored.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
