using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class ThankYouOwedRuleTests
{
    private readonly ThankYouOwedRule _rule = new();

    private static TouchpointFact Meeting(int daysAgo) =>
        Touch(daysAgo, Channel.InPerson, intent: TouchpointIntent.Meeting, id: 5);

    private static TouchpointFact Thanks(int daysAgo) =>
        Touch(daysAgo, Channel.Email, Direction.IReachedOut, TouchpointIntent.ThankYou);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void A_thank_you_is_owed_once_two_days_have_passed_after_a_meeting(int daysAgo, bool flagged)
    {
        Assert.Equal(flagged, Evaluate(_rule, Contact(Meeting(daysAgo))).Count == 1);
    }

    [Fact]
    public void The_flag_names_the_meeting_and_its_due_date()
    {
        var flag = Assert.Single(Evaluate(_rule, Contact(Meeting(4))));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(5, flag.TouchpointId);
        Assert.Equal(Today.AddDays(-2), flag.DueOn);
    }

    [Fact]
    public void A_thank_you_after_the_meeting_settles_it_even_if_late()
    {
        Assert.Empty(Evaluate(_rule, Contact(Meeting(10), Thanks(6))));
    }

    [Fact]
    public void A_thank_you_before_the_meeting_does_not_count()
    {
        Assert.Single(Evaluate(_rule, Contact(Thanks(20), Meeting(10))));
    }

    [Fact]
    public void Changing_the_thank_you_days_moves_the_boundary()
    {
        var settings = new CoachingSettings { ThankYouDays = 5 };

        Assert.Empty(Evaluate(_rule, Contact(Meeting(4)), settings));
        Assert.Single(Evaluate(_rule, Contact(Meeting(6)), settings));
    }

    [Fact]
    public void Old_meetings_are_no_longer_chased()
    {
        Assert.Empty(Evaluate(_rule, Contact(Meeting(31))));
    }

    [Fact]
    public void A_name_given_needs_a_thank_you_too()
    {
        var history = Contact(Touch(60, Channel.Phone)) with
        {
            ReferralsGiven = [new ReferralFact { Id = 3, ReferrerId = 7, ReferredName = "Lena Park", SuggestedOn = Today.AddDays(-3) }],
        };

        var flag = Assert.Single(Evaluate(_rule, history));

        Assert.Equal(3, flag.ReferralId);
        Assert.Contains("gave you Lena Park's name", flag.Message);
        Assert.Empty(Evaluate(_rule, history with { ReferralsGiven = [history.ReferralsGiven[0] with { SuggestedOn = Today.AddDays(-1) }] }));
    }

    [Fact]
    public void A_name_from_a_meeting_already_flagged_is_not_flagged_twice()
    {
        var history = Contact(Meeting(4)) with
        {
            ReferralsGiven = [new ReferralFact { Id = 3, ReferredName = "Lena Park", SuggestedOn = Today.AddDays(-4), SourceTouchpointId = 5 }],
        };

        Assert.Single(Evaluate(_rule, history));
    }

    [Fact]
    public void A_referral_marked_thanked_is_settled()
    {
        var history = Contact() with
        {
            ReferralsGiven = [new ReferralFact { Id = 3, ReferredName = "Lena Park", SuggestedOn = Today.AddDays(-5), Status = ReferralStatus.ThankedReportedBack }],
        };

        Assert.Empty(Evaluate(_rule, history));
    }
}
