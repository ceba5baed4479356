using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Touchpoints;

public class RelationshipFactsCalculatorTests
{
    private static readonly DateTime s_now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static TouchpointFact Fact(DateTime at, Direction direction = Direction.IReachedOut, TouchpointIntent intent = TouchpointIntent.KeepInTouch, bool replied = false) =>
        new() { OccurredAt = at, Channel = Channel.Email, Direction = direction, Intent = intent, Replied = replied };

    [Fact]
    public void No_touchpoints_means_no_facts()
    {
        Assert.Equal(RelationshipFacts.None, RelationshipFactsCalculator.Calculate([], s_now));
    }

    [Fact]
    public void Unanswered_outreach_is_not_a_two_way_exchange()
    {
        var facts = RelationshipFactsCalculator.Calculate([Fact(s_now.AddDays(-1)), Fact(s_now.AddDays(-2))], s_now);

        Assert.Equal(s_now.AddDays(-1), facts.LastTouchpointAt);
        Assert.Null(facts.LastTwoWayExchangeAt);
    }

    [Fact]
    public void A_reply_their_outreach_or_a_mutual_exchange_each_count_as_two_way()
    {
        var replied = Fact(s_now.AddDays(-30), replied: true);
        var theirs = Fact(s_now.AddDays(-20), Direction.TheyReachedOut);
        var mutual = Fact(s_now.AddDays(-10), Direction.Mutual);
        var unanswered = Fact(s_now.AddDays(-1));

        Assert.Equal(replied.OccurredAt, RelationshipFactsCalculator.Calculate([replied, unanswered], s_now).LastTwoWayExchangeAt);
        Assert.Equal(theirs.OccurredAt, RelationshipFactsCalculator.Calculate([replied, theirs, unanswered], s_now).LastTwoWayExchangeAt);
        Assert.Equal(mutual.OccurredAt, RelationshipFactsCalculator.Calculate([replied, theirs, mutual, unanswered], s_now).LastTwoWayExchangeAt);
    }

    [Fact]
    public void Advice_and_job_asks_are_asks_help_introductions_and_thanks_are_gives_the_rest_neither()
    {
        var facts = RelationshipFactsCalculator.Calculate(
        [
            Fact(s_now.AddDays(-9), intent: TouchpointIntent.AdviceRequest),
            Fact(s_now.AddDays(-8), intent: TouchpointIntent.JobAsk),
            Fact(s_now.AddDays(-7), intent: TouchpointIntent.OfferHelp),
            Fact(s_now.AddDays(-6), intent: TouchpointIntent.Introduction),
            Fact(s_now.AddDays(-5), intent: TouchpointIntent.Introduction),
            Fact(s_now.AddDays(-4), intent: TouchpointIntent.ThankYou),
            Fact(s_now.AddDays(-3), intent: TouchpointIntent.Meeting),
            Fact(s_now.AddDays(-2), intent: TouchpointIntent.KeepInTouch),
            Fact(s_now.AddDays(-1), Direction.TheyReachedOut, TouchpointIntent.JobAsk),
            Fact(s_now.AddDays(-1), Direction.TheyReachedOut, TouchpointIntent.OfferHelp),
        ], s_now);

        Assert.Equal(2, facts.Asks);
        Assert.Equal(1, facts.JobAsks);
        Assert.Equal(4, facts.Gives);
        Assert.Equal(2, facts.GiveAskBalance);
        Assert.Equal(1, facts.Meetings);
        Assert.Equal(s_now.AddDays(-8), facts.LastAskAt);
        Assert.Equal(s_now.AddDays(-4), facts.LastGiveAt);
    }

    [Fact]
    public void The_twelve_month_window_includes_its_first_instant_and_nothing_before()
    {
        var start = RelationshipFactsCalculator.WindowStart(s_now);
        Assert.Equal(new DateTime(2025, 11, 21, 12, 0, 0, DateTimeKind.Utc), start);

        var facts = RelationshipFactsCalculator.Calculate([Fact(start), Fact(start.AddTicks(-1)), Fact(s_now)], s_now);

        Assert.Equal(3, facts.TotalTouchpoints);
        Assert.Equal(2, facts.TouchpointsLast12Months);
        Assert.Equal(start.AddTicks(-1), facts.FirstTouchpointAt);
    }
}
