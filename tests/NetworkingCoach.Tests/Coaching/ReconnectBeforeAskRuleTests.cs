using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class ReconnectBeforeAskRuleTests
{
    private readonly ReconnectBeforeAskRule _rule = new();

    private static RelationshipHistory LastSpokeOn(DateOnly day) =>
        Contact(Touch(Today.DayNumber - day.DayNumber, Channel.Phone));

    [Fact]
    public void An_ask_one_day_past_twelve_months_of_silence_warns()
    {
        var flag = Assert.Single(Evaluate(_rule, LastSpokeOn(Today.AddMonths(-12).AddDays(-1)), planned: TouchpointIntent.AdviceRequest));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void An_ask_within_twelve_months_is_fine(int daysInside)
    {
        Assert.Empty(Evaluate(_rule, LastSpokeOn(Today.AddMonths(-12).AddDays(daysInside)), planned: TouchpointIntent.JobAsk));
    }

    [Fact]
    public void A_keep_in_touch_note_after_a_long_silence_is_exactly_what_is_wanted()
    {
        Assert.Empty(Evaluate(_rule, LastSpokeOn(Today.AddYears(-3)), planned: TouchpointIntent.KeepInTouch));
    }

    [Fact]
    public void Changing_the_silence_setting_moves_the_boundary()
    {
        var settings = new CoachingSettings { ReconnectSilenceMonths = 6 };
        var history = LastSpokeOn(Today.AddMonths(-6).AddDays(-1));

        Assert.Single(Evaluate(_rule, history, settings, TouchpointIntent.JobAsk));
        Assert.Empty(Evaluate(_rule, history, planned: TouchpointIntent.JobAsk));
    }

    [Fact]
    public void A_contact_never_spoken_to_is_not_a_silence()
    {
        Assert.Empty(Evaluate(_rule, FreshImport(), planned: TouchpointIntent.AdviceRequest));
    }
}
