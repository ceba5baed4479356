using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class OnlineOnlyRuleTests
{
    private readonly OnlineOnlyRule _rule = new();

    [Fact]
    public void Two_online_touchpoints_are_not_yet_a_pattern()
    {
        Assert.Empty(Evaluate(_rule, Contact(Touch(10, Channel.Email), Touch(40, Channel.LinkedIn))));
    }

    [Fact]
    public void Three_online_touchpoints_suggest_a_call_or_coffee()
    {
        var flag = Assert.Single(Evaluate(_rule, Contact(Touch(10, Channel.Email), Touch(40, Channel.LinkedIn), Touch(70, Channel.Text))));

        Assert.Equal(FlagSeverity.Info, flag.Severity);
        Assert.Equal("Suggest a phone call or a coffee with Ana.", flag.SuggestedNextStep);
    }

    [Fact]
    public void One_call_among_them_is_enough()
    {
        Assert.Empty(Evaluate(_rule, Contact(Touch(10, Channel.Email), Touch(40, Channel.LinkedIn), Touch(70, Channel.Text), Touch(90, Channel.Phone))));
    }

    [Fact]
    public void Lowering_the_minimum_moves_the_boundary()
    {
        var settings = new CoachingSettings { OnlineOnlyMinTouchpoints = 2 };

        Assert.Single(Evaluate(_rule, Contact(Touch(10, Channel.Email), Touch(40, Channel.LinkedIn)), settings));
    }
}
