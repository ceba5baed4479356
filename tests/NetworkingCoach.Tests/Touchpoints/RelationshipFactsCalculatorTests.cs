using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Touchpoints;

public class RelationshipFactsCalculatorTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static TouchpointFact Fact(DateTime at, Direction direction = Direction.IReachedOut, TouchpointIntent intent = TouchpointIntent.KeepInTouch, bool replied = false) =>
        new() { OccurredAt = at, Channel = Channel.Email, Direction = direction, Intent = intent, Replied = replied };

    [Fact]
    public void No_touchpoints_means_no_facts()
    {
        Assert.Equal(RelationshipFacts.None, RelationshipFactsCalculator.Calculate([], Now));
    }

    [Fact]
    public void Unanswered_outreach_is_not_a_two_way_exchange()
    {
        var facts = RelationshipFactsCalculator.Calculate([Fact(Now.AddDays(-1)), Fact(Now.AddDays(-2))], Now);

        Assert.Equal(Now.AddDays(-1), facts.LastTouchpointAt);
        Assert.Null(facts.LastTwoWayExchangeAt);
    }

    [Fact]
    public void A_reply_their_outreach_or_a_mutual_exchange_each_count_as_two_way()
    {
        var replied = Fact(Now.AddDays(-30), replied: true);
        var theirs = Fact(Now.AddDays(-20), Direction.TheyReachedOut);
        var mutual = Fact(Now.AddDays(-10), Direction.Mutual);
        var unanswered = Fact(Now.AddDays(-1));

        Assert.Equal(replied.OccurredAt, RelationshipFactsCalculator.Calculate([replied, unanswered], Now).LastTwoWayExchangeAt);
        Assert.Equal(theirs.OccurredAt, RelationshipFactsCalculator.Calculate([replied, theirs, unanswered], Now).LastTwoWayExchangeAt);
        Assert.Equal(mutual.OccurredAt, RelationshipFactsCalculator.Calculate([replied, theirs, mutual, unanswered], Now).LastTwoWayExchangeAt);
    }

    [Fact]
    public void Advice_and_job_asks_are_asks_help_introductions_and_thanks_are_gives_the_rest_neither()
    {
        var facts = RelationshipFactsCalculator.Calculate(
        [
            Fact(Now.AddDays(-9), intent: TouchpointIntent.AdviceRequest),
            Fact(Now.AddDays(-8), intent: TouchpointIntent.JobAsk),
            Fact(Now.AddDays(-7), intent: TouchpointIntent.OfferHelp),
            Fact(Now.AddDays(-6), intent: TouchpointIntent.Introduction),
            Fact(Now.AddDays(-5), intent: TouchpointIntent.Introduction),
            Fact(Now.AddDays(-4), intent: TouchpointIntent.ThankYou),
            Fact(Now.AddDays(-3), intent: TouchpointIntent.Meeting),
            Fact(Now.AddDays(-2), intent: TouchpointIntent.KeepInTouch),
            Fact(Now.AddDays(-1), Direction.TheyReachedOut, TouchpointIntent.JobAsk),
            Fact(Now.AddDays(-1), Direction.TheyReachedOut, TouchpointIntent.OfferHelp),
        ], Now);

        Assert.Equal(2, facts.Asks);
        Assert.Equal(1, facts.JobAsks);
        Assert.Equal(4, facts.Gives);
        Assert.Equal(2, facts.GiveAskBalance);
        Assert.Equal(1, facts.Meetings);
        Assert.Equal(Now.AddDays(-8), facts.LastAskAt);
        Assert.Equal(Now.AddDays(-4), facts.LastGiveAt);
    }

    [Fact]
    public void The_twelve_month_window_includes_its_first_instant_and_nothing_before()
    {
        var start = RelationshipFactsCalculator.WindowStart(Now);
        Assert.Equal(new DateTime(2025, 11, 21, 12, 0, 0, DateTimeKind.Utc), start);

        var facts = RelationshipFactsCalculator.Calculate([Fact(start), Fact(start.AddTicks(-1)), Fact(Now)], Now);

        Assert.Equal(3, facts.TotalTouchpoints);
        Assert.Equal(2, facts.TouchpointsLast12Months);
        Assert.Equal(start.AddTicks(-1), facts.FirstTouchpointAt);
    }
}
