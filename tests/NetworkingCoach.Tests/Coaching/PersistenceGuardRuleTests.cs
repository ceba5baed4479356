using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class PersistenceGuardRuleTests
{
    private readonly PersistenceGuardRule _rule = new();

    private static RelationshipHistory WithUnanswered(params int[] daysAgo) =>
        Contact([Touch(100, Channel.Phone), .. daysAgo.Select(d => Unanswered(d))]);

    private List<CoachingFlag> Check(RelationshipHistory history, CoachingSettings? settings = null) =>
        Evaluate(_rule, history, settings, TouchpointIntent.KeepInTouch);

    [Fact]
    public void Second_unanswered_message_within_fourteen_days_warns_with_the_next_allowed_date()
    {
        var flag = Assert.Single(Check(WithUnanswered(13)));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(Today.AddDays(1), flag.NextAllowedOn);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void A_follow_up_fourteen_or_more_days_after_an_unanswered_message_is_fine(int daysAgo)
    {
        Assert.Empty(Check(WithUnanswered(daysAgo)));
    }

    [Fact]
    public void Third_unanswered_message_within_twenty_eight_days_is_blocked()
    {
        var flag = Assert.Single(Check(WithUnanswered(20, 27)));

        Assert.Equal(FlagSeverity.Block, flag.Severity);
        Assert.Equal(Today.AddDays(1), flag.NextAllowedOn);
        Assert.Contains("3rd unanswered message to Ana within 28 days", flag.Message);
    }

    [Fact]
    public void Third_message_is_fine_once_the_older_one_is_past_twenty_eight_days()
    {
        Assert.Empty(Check(WithUnanswered(20, 29)));
    }

    [Fact]
    public void Next_allowed_date_waits_for_both_windows()
    {
        var flag = Assert.Single(Check(WithUnanswered(2, 10)));

        Assert.Equal(FlagSeverity.Block, flag.Severity);
        Assert.Equal(Today.AddDays(18), flag.NextAllowedOn);
    }

    [Fact]
    public void A_reply_resets_the_count()
    {
        var history = Contact(Unanswered(10), Unanswered(6), Touch(3, Channel.Email, Direction.TheyReachedOut));

        Assert.Empty(Check(history));
    }

    [Fact]
    public void Changing_the_warning_window_moves_the_boundary()
    {
        var settings = new CoachingSettings { PersistenceWarnWindowDays = 7 };

        Assert.Empty(Check(WithUnanswered(8), settings));
        Assert.Single(Check(WithUnanswered(6), settings));
    }

    [Fact]
    public void Raising_the_blocking_count_turns_a_block_into_a_warning()
    {
        var settings = new CoachingSettings { PersistenceBlockCount = 4 };

        var flag = Assert.Single(Check(WithUnanswered(5, 10), settings));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
    }

    [Fact]
    public void Meetings_and_coffees_you_set_up_are_not_unanswered_messages()
    {
        var history = Contact(
            Touch(100, Channel.Phone),
            Touch(20, Channel.InPerson, Direction.IReachedOut),
            Touch(10, Channel.VideoCall, Direction.IReachedOut, TouchpointIntent.Meeting),
            Touch(5, Channel.InPerson, Direction.IReachedOut));

        Assert.Empty(Check(history));
    }

    [Fact]
    public void Without_a_planned_outreach_nothing_is_flagged()
    {
        Assert.Empty(Evaluate(_rule, WithUnanswered(1, 2, 3)));
    }
}
