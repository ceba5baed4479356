using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching;

public class IntentCorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "IntentCorpus");

    [Fact]
    public void The_committed_corpus_is_large_covers_every_intent_and_its_splits_do_not_overlap()
    {
        var split = IntentCorpus.ReadSplit(Folder);
        var all = split.Train.Concat(split.Dev).Concat(split.Test).ToList();

        Assert.True(all.Count >= 1_500, $"{all.Count} messages");
        Assert.All(Enum.GetValues<MessageIntent>(), intent => Assert.Contains(split.Test, m => m.Label == intent));
        Assert.Equal(all.Count, all.Select(m => IntentCorpus.Key(m.Text)).Distinct().Count());
    }

    [Fact]
    public void The_committed_split_is_what_the_sources_and_the_fixed_seed_give()
    {
        var build = IntentCorpus.Build(Path.Combine(Folder, "sources"), IntentCorpus.Seed);

        var committed = IntentCorpus.ReadSplit(Folder);
        Assert.Equal(committed.Test, build.Split.Test);
        Assert.Equal(committed.Dev, build.Split.Dev);
        Assert.Equal(committed.Train, build.Split.Train);
    }

    [Fact]
    public void A_new_edition_leaves_every_earlier_message_where_it_was_and_drops_wording_already_there()
    {
        var sources = Directory.CreateTempSubdirectory();
        var first = Enumerable.Range(0, 40).Select(i => $"{(i % 2 == 0 ? "job_ask" : "advice")}\tfirst edition message {i}").ToArray();
        Directory.CreateDirectory(Path.Combine(sources.FullName, "edition-1"));
        File.WriteAllLines(Path.Combine(sources.FullName, "edition-1", "a.tsv"), first);
        var before = IntentCorpus.Build(sources.FullName, seed: 5);
        Directory.CreateDirectory(Path.Combine(sources.FullName, "edition-2"));
        File.WriteAllLines(Path.Combine(sources.FullName, "edition-2", "b.tsv"),
            ["advice\tFirst edition message 0!", "job_ask\tfirst edition message 2", .. Enumerable.Range(0, 20).Select(i => $"other\tsecond edition note {i}")]);

        var after = IntentCorpus.Build(sources.FullName, seed: 5);

        sources.Delete(recursive: true);
        Assert.Equal(before.Split.Test, after.Editions[0].Split.Test);
        Assert.Equal(before.Split.Train, after.Editions[0].Split.Train);
        Assert.Equal(before.Split.Test, after.Split.Test.Take(before.Split.Test.Count));
        Assert.Equal(20, after.Editions[1].Split.Train.Count + after.Editions[1].Split.Dev.Count + after.Editions[1].Split.Test.Count);
        Assert.Equal(2, after.Problems.Count(p => p.StartsWith("edition-2:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Source_files_outside_an_edition_folder_are_refused()
    {
        var sources = Directory.CreateTempSubdirectory();
        File.WriteAllLines(Path.Combine(sources.FullName, "loose.tsv"), ["job_ask\tAre you hiring?"]);

        var error = Assert.Throws<InvalidDataException>(() => IntentCorpus.Build(sources.FullName, seed: 5));

        sources.Delete(recursive: true);
        Assert.Contains("loose.tsv", error.Message);
    }

    [Fact]
    public void Splitting_is_stratified_and_does_not_depend_on_the_order_of_the_sources()
    {
        var messages = Enumerable.Range(0, 100).Select(i => new IntentCorpusMessage(i % 4 == 0 ? MessageIntent.JobAsk : MessageIntent.Advice, $"message number {i}")).ToList();

        var forward = IntentCorpus.Split(messages, seed: 7);
        var backward = IntentCorpus.Split(Enumerable.Reverse(messages), seed: 7);

        Assert.Equal(forward.Test, backward.Test);
        Assert.Equal((18, 4, 3), (forward.Train.Count(m => m.Label == MessageIntent.JobAsk), forward.Dev.Count(m => m.Label == MessageIntent.JobAsk), forward.Test.Count(m => m.Label == MessageIntent.JobAsk)));
    }

    [Fact]
    public void Repeated_wording_is_kept_once_and_wording_with_two_labels_is_dropped()
    {
        var (kept, problems) = IntentCorpus.Deduplicate(
        [
            new(MessageIntent.ThankYou, "Thanks so much!"),
            new(MessageIntent.ThankYou, "thanks so much"),
            new(MessageIntent.JobAsk, "Anything going at yours?"),
            new(MessageIntent.Advice, "anything going at yours"),
        ]);

        Assert.Equal([new IntentCorpusMessage(MessageIntent.ThankYou, "Thanks so much!")], kept);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void An_unknown_label_is_refused_with_the_line_number()
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, ["job_ask\tAre you hiring?", "jobask\tAny openings?"]);

        var error = Assert.Throws<InvalidDataException>(() => IntentCorpus.Read(path));

        File.Delete(path);
        Assert.Contains("line 2", error.Message);
    }
}
