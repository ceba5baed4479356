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
        var sources = Directory.GetFiles(Path.Combine(Folder, "sources"), "*.tsv").Order(StringComparer.Ordinal).SelectMany(IntentCorpus.Read);
        var (kept, _) = IntentCorpus.Deduplicate(sources);

        var split = IntentCorpus.Split(kept, seed: 13);

        var committed = IntentCorpus.ReadSplit(Folder);
        Assert.Equal(committed.Test, split.Test);
        Assert.Equal(committed.Dev, split.Dev);
        Assert.Equal(committed.Train, split.Train);
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
