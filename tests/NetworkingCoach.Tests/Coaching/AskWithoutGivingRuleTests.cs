using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class AskWithoutGivingRuleTests
{
    private readonly AskWithoutGivingRule _rule = new();

    [Fact]
    public void A_first_ask_is_within_the_allowed_surplus()
    {
        Assert.Empty(Evaluate(_rule, Contact(Touch(20)), planned: TouchpointIntent.AdviceRequest));
    }

    [Fact]
    public void A_second_ask_with_nothing_given_warns()
    {
        var history = Contact(Touch(20, direction: Direction.IReachedOut, intent: TouchpointIntent.AdviceRequest, replied: true));

        var flag = Assert.Single(Evaluate(_rule, history, planned: TouchpointIntent.JobAsk));

        Assert.Equal("With this message you will have asked Ana for something twice and given nothing in return.", flag.Message);
    }

    [Fact]
    public void Offers_introductions_and_thanks_count_as_gives()
    {
        foreach (var give in new[] { TouchpointIntent.OfferHelp, TouchpointIntent.Introduction, TouchpointIntent.ThankYou })
        {
            var history = Contact(
                Touch(20, direction: Direction.IReachedOut, intent: TouchpointIntent.AdviceRequest, replied: true),
                Touch(10, direction: Direction.IReachedOut, intent: give, replied: true));

            Assert.Empty(Evaluate(_rule, history, planned: TouchpointIntent.AdviceRequest));
        }
    }

    [Fact]
    public void Their_requests_to_the_user_are_not_the_users_asks()
    {
        var history = Contact(Touch(20, direction: Direction.TheyReachedOut, intent: TouchpointIntent.AdviceRequest));

        Assert.Empty(Evaluate(_rule, history, planned: TouchpointIntent.AdviceRequest));
    }

    [Fact]
    public void With_no_surplus_allowed_even_a_first_ask_warns()
    {
        var settings = new CoachingSettings { AllowedAskSurplus = 0 };

        Assert.Single(Evaluate(_rule, Contact(Touch(20)), settings, TouchpointIntent.AdviceRequest));
    }

    [Fact]
    public void Non_asks_are_not_judged()
    {
        var history = Contact(Touch(20, direction: Direction.IReachedOut, intent: TouchpointIntent.JobAsk, replied: true));

        Assert.Empty(Evaluate(_rule, history, planned: TouchpointIntent.ThankYou));
    }
}
