using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching;

/// <summary>
/// The shipped model with its cues, on wording written for these tests (none of it is in the corpus):
/// the families that phrase lists got wrong, and input that is no message at all.
/// </summary>
public class IntentClassifierTests
{
    private static readonly IntentClassifier s_classifier = new();

    [Fact]
    public void The_shipped_model_is_loaded()
    {
        Assert.True(s_classifier.HasModel, IntentModelLoad.Shipped.Problem);
        Assert.Equal(IntentSource.Model, s_classifier.Classify("Are you hiring?").Source);
    }

    [Theory]
    [InlineData("My old teammate Ines would be a brilliant fit for the designer role you posted. Want me to put you two in touch?")]
    [InlineData("If you're still hiring for the warehouse shifts, my neighbour is reliable and keen. Happy to pass on his number.")]
    public void Offering_to_help_someone_else_hire_is_not_a_job_ask(string text)
    {
        Assert.NotEqual(MessageIntent.JobAsk, s_classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Thank you for referring me to the clinic last spring. Six months in and I love the work, I owe you a dinner.")]
    [InlineData("Just wanted to say thanks again for putting my name forward at Halden. I started on Monday!")]
    public void Thanking_someone_for_a_past_referral_is_a_thank_you(string text)
    {
        Assert.Equal(MessageIntent.ThankYou, s_classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("How did you get from bookkeeping into data analysis? I'm weighing up a part-time course and would love to know what mattered most.")]
    [InlineData("Quick question: when you hire graduates for your lab, what makes a CV stand out? Trying to get mine right before the autumn round.")]
    public void Advice_requests_that_mention_jobs_are_advice(string text)
    {
        Assert.Equal(MessageIntent.Advice, s_classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("I'm not asking for a job. I'd just love half an hour of your view on how the logistics sector is changing.")]
    [InlineData("To be clear, I'm not after a referral or a role at your firm; I'm trying to understand what a week in audit looks like.")]
    public void Disclaiming_any_ask_is_not_a_job_ask(string text)
    {
        Assert.NotEqual(MessageIntent.JobAsk, s_classifier.Classify(text).Intent);
    }

    [Fact]
    public void A_job_ask_that_is_one_sentence_of_a_long_friendly_message_is_a_job_ask()
    {
        var text = "Hi Dev, it was so good to see you at Maya's wedding, and the speech was a triumph. "
            + "We finally finished the kitchen, so you have to come round for dinner when the weather turns. "
            + "The kids are loving their new school and Leo has taken up the cello, which the neighbours are bearing bravely. "
            + "Since the restructure I've been out of work, so if your team ever needs another project manager I'd be grateful if you'd put my name forward. "
            + "Anyway, give my love to Sara and let me know when you're free for that dinner.";

        var result = s_classifier.Classify(text);

        Assert.Equal(MessageIntent.JobAsk, result.Intent);
        Assert.Contains(result.Cues, c => c.Intent == MessageIntent.JobAsk && !c.Discounted);
    }

    [Fact]
    public void The_verdict_says_how_sure_the_model_is_and_the_cues_point_into_the_text()
    {
        const string text = "Hope all is well! Do you know of any openings on your team? I'd be grateful if you could pass on my CV.";

        var result = s_classifier.Classify(text);

        Assert.Equal(MessageIntent.JobAsk, result.Intent);
        Assert.InRange(result.Confidence, 0.5, 1.0);
        Assert.Equal(1.0, result.Scores.Values.Sum(), 2);
        Assert.All(result.Cues, c => Assert.Equal(c.Phrase, text.Substring(c.Start, c.Length)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("👍🎉🙏")]
    [InlineData("Bonjour Claire, j'espère que tu vas bien et que les vacances se sont bien passées.")]
    [InlineData("你好，最近怎么样？我们下周一起吃饭吧。")]
    public void Input_with_nothing_to_read_gets_a_cant_tell_answer(string text)
    {
        var result = s_classifier.Classify(text);

        Assert.Equal(IntentSource.CantTell, result.Source);
        Assert.Equal(MessageIntent.Other, result.Intent);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
    }

    [Fact]
    public void A_job_ask_phrase_in_a_message_the_coach_cannot_otherwise_read_still_counts()
    {
        var result = s_classifier.Classify("Hola Marta, estoy buscando trabajo desde enero. ¿Puedes refer me en tu empresa? Gracias");

        Assert.Equal(MessageIntent.JobAsk, result.Intent);
    }

    [Fact]
    public void A_twenty_thousand_character_message_is_read_without_error_and_its_ask_is_found()
    {
        var filler = string.Concat(Enumerable.Repeat("We spent the weekend walking by the coast and the weather held. ", 300));
        var text = filler + "Could you refer me for the analyst opening on your team?";
        text = text.PadRight(20_000, ' ')[..20_000];

        var result = s_classifier.Classify(text);

        Assert.Equal(20_000, text.Length);
        Assert.Equal(MessageIntent.JobAsk, result.Intent);
    }

    [Fact]
    public void A_missing_model_falls_back_to_the_cues_says_so_and_any_job_ask_cue_counts()
    {
        var classifier = new IntentClassifier(IntentModelLoad.Missing("test"));

        var ask = classifier.Classify("Hi Jo, hope all is well. Are you hiring?");
        var advice = classifier.Classify("Could you share your advice on moving into nursing?");

        Assert.False(classifier.HasModel);
        Assert.Equal((MessageIntent.JobAsk, IntentSource.PhraseCues), (ask.Intent, ask.Source));
        Assert.Contains("missing", ask.Note);
        Assert.Equal(MessageIntent.Advice, advice.Intent);
    }

    [Fact]
    public void A_weak_job_ask_cue_blocks_without_the_model_even_when_other_cues_outweigh_it()
    {
        var classifier = new IntentClassifier(IntentModelLoad.Missing("test"));

        var result = classifier.Classify("Thanks so much for your advice and your time! Congratulations on the promotion. Is the recruiter on your team nice?");

        Assert.Equal(MessageIntent.JobAsk, result.Intent);
    }

    [Fact]
    public void A_damaged_model_file_is_reported_and_the_cues_decide()
    {
        using var garbage = new MemoryStream("this is not a model"u8.ToArray());

        var load = IntentModelLoad.FromStream(garbage);
        var result = new IntentClassifier(load).Classify("Could you pass on my resume to your manager?");

        Assert.Null(load.Model);
        Assert.Contains("damaged", load.Problem);
        Assert.Equal((MessageIntent.JobAsk, IntentSource.PhraseCues), (result.Intent, result.Source));
        Assert.Contains("damaged", result.Note);
    }

    [Fact]
    public void A_model_file_that_does_not_exist_is_reported_as_missing()
    {
        var load = IntentModelLoad.FromFile(Path.Combine(Path.GetTempPath(), $"no-model-{Guid.NewGuid():N}.zip"));

        Assert.Null(load.Model);
        Assert.Contains("missing", load.Problem);
    }
}
