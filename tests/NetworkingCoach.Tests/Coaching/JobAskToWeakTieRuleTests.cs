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
}
