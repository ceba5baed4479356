using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class MeetingWithoutPurposeRuleTests
{
    private readonly MeetingWithoutPurposeRule _rule = new();

    private static TouchpointFact Meeting(int daysAgo, bool purpose, bool agenda) =>
        Touch(daysAgo, Channel.InPerson, intent: TouchpointIntent.Meeting, id: 42, hasPurpose: purpose, hasAgenda: agenda);

    [Fact]
    public void An_upcoming_meeting_without_an_agenda_warns_and_is_due_on_the_meeting_day()
    {
        var flag = Assert.Single(Evaluate(_rule, Contact(Meeting(-3, purpose: true, agenda: false))));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(42, flag.TouchpointId);
        Assert.Equal(Today.AddDays(3), flag.DueOn);
        Assert.Contains("has no agenda yet", flag.Message);
    }

    [Fact]
    public void A_meeting_with_purpose_and_agenda_is_fine()
    {
        Assert.Empty(Evaluate(_rule, Contact(Meeting(-3, purpose: true, agenda: true))));
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, false)]
    public void A_recent_past_meeting_without_a_purpose_is_a_hint_within_the_review_window(int daysAgo, bool flagged)
    {
        var flags = Evaluate(_rule, Contact(Meeting(daysAgo, purpose: false, agenda: false)));

        Assert.Equal(flagged, flags.Count == 1);
        Assert.All(flags, f => Assert.Equal(FlagSeverity.Info, f.Severity));
    }

    [Fact]
    public void Other_touchpoints_are_not_meetings()
    {
        Assert.Empty(Evaluate(_rule, Contact(Touch(-3, Channel.InPerson, hasPurpose: false, hasAgenda: false))));
    }
}
