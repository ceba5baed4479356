using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class MeetingWithoutNamesRuleTests
{
    private readonly MeetingWithoutNamesRule _rule = new();

    private static RelationshipHistory MetWith(int daysAgo, int names) =>
        Contact(Touch(daysAgo, Channel.InPerson, intent: TouchpointIntent.Meeting, id: 9, namesGained: names));

    [Fact]
    public void A_past_meeting_with_no_names_is_noted()
    {
        var flag = Assert.Single(Evaluate(_rule, MetWith(5, 0)));

        Assert.Equal(FlagSeverity.Info, flag.Severity);
        Assert.Equal(9, flag.TouchpointId);
        Assert.StartsWith("No names recorded from your meeting with Ana", flag.Message);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void The_goal_is_two_names(int names, bool flagged)
    {
        Assert.Equal(flagged, Evaluate(_rule, MetWith(5, names)).Count == 1);
    }

    [Fact]
    public void Lowering_the_goal_moves_the_boundary()
    {
        Assert.Empty(Evaluate(_rule, MetWith(5, 1), new CoachingSettings { NamesGainedGoal = 1 }));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(31)]
    public void Upcoming_and_old_meetings_are_not_judged(int daysAgo)
    {
        Assert.Empty(Evaluate(_rule, MetWith(daysAgo, 0)));
    }
}
