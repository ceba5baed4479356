using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class JobAskToWeakTieRuleTests
{
    private readonly JobAskToWeakTieRule _rule = new();

    [Fact]
    public void Job_ask_to_a_contact_silent_for_six_years_is_blocked()
    {
        var flag = Assert.Single(Evaluate(_rule, OneEmailSixYearsAgo(), planned: TouchpointIntent.JobAsk));

        Assert.Equal(FlagSeverity.Block, flag.Severity);
        Assert.Equal("A job ask to Tom is blocked: this is a dormant tie (last real conversation 6 years ago).", flag.Message);
    }

    [Fact]
    public void Job_ask_to_a_fresh_import_is_blocked()
    {
        Assert.Single(Evaluate(_rule, FreshImport(), planned: TouchpointIntent.JobAsk));
    }

    [Fact]
    public void Job_ask_to_a_strong_tie_is_not_flagged()
    {
        Assert.Empty(Evaluate(_rule, CloseColleague(), planned: TouchpointIntent.JobAsk));
    }

    [Fact]
    public void Advice_request_to_a_dormant_tie_is_not_blocked_by_this_rule()
    {
        Assert.Empty(Evaluate(_rule, OneEmailSixYearsAgo(), planned: TouchpointIntent.AdviceRequest));
    }

    [Fact]
    public void Without_a_planned_outreach_nothing_is_flagged()
    {
        Assert.Empty(Evaluate(_rule, OneEmailSixYearsAgo()));
    }

    /// <summary>Settings under which every tie with a conversation is strong, so only the gate's own settings can block.</summary>
    private static CoachingSettings TierSaysStrong() => new()
    {
        StrongTierMinScore = 1,
        MediumTierMinScore = 0,
        MediumMinConversations = 1,
        MediumMinKnownDays = 0,
        StrongMinConversations = 1,
        StrongMinKnownDays = 0,
    };

    private static RelationshipHistory Sam(int knownDays, params TouchpointFact[] touchpoints) =>
        Contact(touchpoints) with { Name = "Sam Lee", KnownSince = Today.AddDays(-knownDays) };

    [Fact]
    public void One_recent_conversation_blocks_a_job_ask_with_the_reason_in_words()
    {
        var flag = Assert.Single(Evaluate(_rule, Sam(3 * 365, Touch(21, Channel.Event)), planned: TouchpointIntent.JobAsk));

        Assert.Equal(FlagSeverity.Block, flag.Severity);
        Assert.Equal("A job ask to Sam is blocked: you have had one conversation with Sam, 3 weeks ago.", flag.Message);
        Assert.StartsWith("Get to know Sam first", flag.SuggestedNextStep);
    }

    [Fact]
    public void Two_conversations_block_a_job_ask_even_when_the_tier_says_strong()
    {
        var settings = TierSaysStrong();
        var history = Sam(2 * 365, Touch(10, Channel.InPerson), Touch(50, Channel.Phone)) with { Closeness = 5 };

        var flag = Assert.Single(Evaluate(_rule, history, settings, TouchpointIntent.JobAsk));

        Assert.Equal(TieTier.Strong, new TieStrengthCalculator(settings, Clock).Calculate(history).Tier);
        Assert.Equal("A job ask to Sam is blocked: you have had two conversations with Sam, the last 10 days ago.", flag.Message);
    }

    [Fact]
    public void Someone_known_for_a_week_is_not_asked_for_a_job_however_often_you_have_talked()
    {
        var history = Sam(7, Touch(7, Channel.InPerson), Touch(6, Channel.Phone), Touch(4, Channel.VideoCall), Touch(2, Channel.InPerson), Touch(1, Channel.Phone));

        var flag = Assert.Single(Evaluate(_rule, history, TierSaysStrong(), TouchpointIntent.JobAsk));

        Assert.Equal("A job ask to Sam is blocked: you have known Sam for only 7 days.", flag.Message);
    }

    [Fact]
    public void Few_conversations_and_a_short_acquaintance_are_both_named()
    {
        var flag = Assert.Single(Evaluate(_rule, Sam(21, Touch(21, Channel.Event), Touch(3, Channel.VideoCall)), planned: TouchpointIntent.JobAsk));

        Assert.Equal("A job ask to Sam is blocked: you have had two conversations with Sam, the last 3 days ago, and have known Sam for only 3 weeks.", flag.Message);
    }

    [Fact]
    public void Enough_conversations_over_enough_time_pass_the_gate_at_its_boundary()
    {
        var settings = TierSaysStrong();
        var known = settings.JobAskMinKnownDays;
        var atTheBoundary = Sam(known, Touch(known, Channel.InPerson), Touch(30, Channel.Phone), Touch(5, Channel.InPerson));
        var dayShort = Sam(known - 1, Touch(known - 1, Channel.InPerson), Touch(30, Channel.Phone), Touch(5, Channel.InPerson));
        var conversationShort = Sam(known, Touch(known, Channel.InPerson), Touch(5, Channel.InPerson));

        Assert.Empty(Evaluate(_rule, atTheBoundary, settings, TouchpointIntent.JobAsk));
        Assert.Single(Evaluate(_rule, dayShort, settings, TouchpointIntent.JobAsk));
        Assert.Single(Evaluate(_rule, conversationShort, settings, TouchpointIntent.JobAsk));
    }

    [Fact]
    public void The_gates_thresholds_are_settings()
    {
        var settings = TierSaysStrong();
        settings.JobAskMinConversations = 1;
        settings.JobAskMinKnownDays = 0;

        Assert.Empty(Evaluate(_rule, Sam(21, Touch(21, Channel.Event)), settings, TouchpointIntent.JobAsk));
    }

    [Fact]
    public void Someone_whose_messages_were_never_answered_is_not_asked_for_a_job_however_many_they_sent()
    {
        var recruiter = Contact(Enumerable.Range(0, 5).Select(i => Touch(10 + (i * 40), Channel.LinkedIn, Direction.TheyReachedOut)).ToArray()) with
        {
            KnownSince = Today.AddYears(-1),
        };

        var flag = Assert.Single(Evaluate(_rule, recruiter, planned: TouchpointIntent.JobAsk));

        Assert.Equal("A job ask to Ana is blocked: Ana has written to you 5 times, but you have never answered, met or spoken with them.", flag.Message);
        Assert.StartsWith("Get to know Ana first", flag.SuggestedNextStep);
    }

    [Fact]
    public void A_fresh_import_is_blocked_because_you_have_not_talked_yet()
    {
        var flag = Assert.Single(Evaluate(_rule, Sam(5 * 365), planned: TouchpointIntent.JobAsk));

        Assert.Equal("A job ask to Sam is blocked: you have not had a real conversation with Sam yet.", flag.Message);
    }
}
