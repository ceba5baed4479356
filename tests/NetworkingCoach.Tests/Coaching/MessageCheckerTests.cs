using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class MessageCheckerTests
{
    private readonly MessageChecker _checker = new(new IntentClassifier(), new CoachingSettings(), Clock);

    [Fact]
    public void A_job_ask_to_a_dormant_contact_is_blocked_with_the_reason_and_better_first_steps()
    {
        var verdict = _checker.Check(
            new MessageDraft("Quick question", "Do you know of any openings? Please pass on my resume."),
            OneEmailSixYearsAgo());

        Assert.Equal(MessageDecision.Blocked, verdict.Decision);
        Assert.Equal(MessageIntent.JobAsk, verdict.Intent);
        Assert.Equal(TieTier.Dormant, verdict.Tie.Tier);
        Assert.Contains(verdict.Flags, f => f.RuleId == "job-ask-to-weak-tie");
        Assert.Contains("A job ask to Tom is blocked: this is a dormant tie (last real conversation 6 years ago).", verdict.Reasons);
        Assert.Contains(verdict.Reasons, r => r.Contains("\"any openings\"") && r.Contains("\"pass on my resume\""));
        Assert.StartsWith("Hi Tom,", verdict.ReconnectNoteTemplate);
        Assert.StartsWith("Hi Tom,", verdict.AdviceRequestTemplate);
        Assert.Contains("not asking for a job", verdict.AdviceRequestTemplate);
        Assert.NotNull(verdict.SuggestedFirstStep);
    }

    [Fact]
    public void Asking_someone_met_once_at_a_meetup_three_weeks_ago_to_pass_on_a_resume_is_blocked()
    {
        var metOnce = new RelationshipHistory
        {
            ContactId = 9,
            Name = "Sam Patel",
            KnownSince = Today.AddDays(-21),
            Touchpoints = [Touch(21, Channel.Event)],
        };

        var verdict = _checker.Check(new MessageDraft("Hiring?", "Is your team hiring? Could you pass my resume to the hiring manager?"), metOnce);

        Assert.Equal(MessageDecision.Blocked, verdict.Decision);
        Assert.Equal(TieTier.Weak, verdict.Tie.Tier);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("A job ask to Sam is blocked: you have had one conversation with Sam, 3 weeks ago", StringComparison.Ordinal));
        Assert.NotNull(verdict.AdviceRequestTemplate);
    }

    [Fact]
    public void A_polite_advice_request_that_asks_for_no_job_to_a_strong_tie_is_allowed()
    {
        var verdict = _checker.Check(
            new MessageDraft(
                "Your advice on a career move",
                "Hi Priya, I'm exploring a move into product management and would love 20 minutes of your perspective. I'm not asking for a job or a referral, just your advice."),
            CloseColleague());

        Assert.Equal(MessageDecision.Allowed, verdict.Decision);
        Assert.Equal(MessageIntent.Advice, verdict.JudgedAs);
        Assert.Empty(verdict.Flags);
        Assert.Null(verdict.ReconnectNoteTemplate);
    }

    [Fact]
    public void Marking_a_job_ask_as_keeping_in_touch_does_not_change_the_judgement()
    {
        var verdict = _checker.Check(
            new MessageDraft("Hello!", "Hope you're well! Are you hiring at the moment? Could you refer me?", TouchpointIntent.KeepInTouch),
            LetterAfterThirteenYears());

        Assert.Equal(MessageDecision.Blocked, verdict.Decision);
        Assert.Equal(MessageIntent.JobAsk, verdict.JudgedAs);
        Assert.Contains(verdict.Reasons, r => r.Contains("judged as a job ask even though you marked it keeping in touch"));
    }

    [Fact]
    public void The_users_choice_stands_when_the_text_is_not_a_job_ask()
    {
        var verdict = _checker.Check(
            new MessageDraft(null, "It's been ages! How are you?", TouchpointIntent.AdviceRequest),
            CloseColleague());

        Assert.Equal(MessageIntent.KeepInTouch, verdict.Intent);
        Assert.Equal(MessageIntent.Advice, verdict.JudgedAs);
    }

    [Fact]
    public void A_job_ask_to_a_strong_tie_is_allowed()
    {
        var verdict = _checker.Check(new MessageDraft(null, "Is your team still hiring? Could you refer me?"), CloseColleague());

        Assert.Equal(MessageDecision.Allowed, verdict.Decision);
    }

    [Fact]
    public void An_advice_request_after_a_long_silence_warns()
    {
        var verdict = _checker.Check(
            new MessageDraft(null, "Could I pick your brain about the logistics industry? I'm not asking for a job."),
            OneEmailSixYearsAgo());

        Assert.Equal(MessageDecision.Warning, verdict.Decision);
        Assert.Contains(verdict.Flags, f => f.RuleId == "reconnect-before-ask");
        Assert.NotNull(verdict.SuggestedFirstStep);
    }

    [Fact]
    public void A_third_unanswered_message_is_blocked_even_when_friendly()
    {
        var history = Contact(Touch(100, Channel.Phone), Unanswered(3), Unanswered(10));

        var verdict = _checker.Check(new MessageDraft(null, "Just checking in, hope you're doing well!"), history);

        Assert.Equal(MessageDecision.Blocked, verdict.Decision);
        var flag = Assert.Single(verdict.Flags);
        Assert.Equal("persistence-guard", flag.RuleId);
        Assert.NotNull(flag.NextAllowedOn);
        Assert.Null(verdict.AdviceRequestTemplate);
    }

    [Fact]
    public void The_offered_templates_read_as_what_they_claim_to_be()
    {
        var classifier = new IntentClassifier();

        Assert.Equal(MessageIntent.KeepInTouch, classifier.Classify(MessageTemplates.ReconnectNote("Tom")).Intent);
        Assert.Equal(MessageIntent.Advice, classifier.Classify(MessageTemplates.AdviceRequest("Tom")).Intent);
    }

    [Fact]
    public void The_verdict_says_how_sure_the_coach_is()
    {
        var verdict = _checker.Check(new MessageDraft("Quick question", "Do you know of any openings? Please pass on my resume."), OneEmailSixYearsAgo());

        Assert.Contains(verdict.Reasons, r => r.StartsWith("It reads as a job ask", StringComparison.Ordinal) && r.Contains('%'));
    }

    [Fact]
    public void Without_the_model_the_verdict_says_so_and_any_job_ask_phrase_blocks()
    {
        var checker = new MessageChecker(new IntentClassifier(IntentModelLoad.Missing("test")), new CoachingSettings(), Clock);

        var verdict = checker.Check(new MessageDraft(null, "Lovely to hear your news! Congratulations. Is the recruiter on your team nice to work with?"), OneEmailSixYearsAgo());

        Assert.Equal(MessageDecision.Blocked, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Contains("intent model file is missing") && r.Contains("phrase cues only"));
    }

    [Fact]
    public void A_message_the_coach_cannot_read_is_a_warning_to_read_it_over_not_a_clean_bill()
    {
        var verdict = _checker.Check(new MessageDraft(null, "🙏🙏🙏"), CloseColleague());

        Assert.Equal(MessageDecision.Warning, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Contains("can't tell"));
    }
}
