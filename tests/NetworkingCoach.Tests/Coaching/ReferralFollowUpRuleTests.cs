using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class ReferralFollowUpRuleTests
{
    private readonly ReferralFollowUpRule _rule = new();

    private static RelationshipHistory Referred(ReferralStatus status, int suggestedDaysAgo) =>
        Contact() with
        {
            Name = "Lena Park",
            ReferralsReceived =
            [
                new ReferralFact { Id = 8, ReferrerName = "Omar Haddad", ReferredName = "Lena Park", Status = status, SuggestedOn = Today.AddDays(-suggestedDaysAgo) },
            ],
        };

    private static RelationshipHistory Referrer(ReferralStatus status, int metDaysAgo) =>
        Contact() with
        {
            ReferralsGiven =
            [
                new ReferralFact { Id = 9, ReferredName = "Lena Park", Status = status, SuggestedOn = Today.AddDays(-60), MetOn = Today.AddDays(-metDaysAgo) },
            ],
        };

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void A_suggested_name_not_contacted_within_seven_days_is_flagged(int daysAgo, bool flagged)
    {
        Assert.Equal(flagged, Evaluate(_rule, Referred(ReferralStatus.Suggested, daysAgo)).Count == 1);
    }

    [Fact]
    public void The_flag_tells_whom_to_contact_and_who_suggested_them()
    {
        var flag = Assert.Single(Evaluate(_rule, Referred(ReferralStatus.Suggested, 10)));

        Assert.Equal(8, flag.ReferralId);
        Assert.Equal("Contact Lena, mentioning that Omar suggested you talk.", flag.SuggestedNextStep);
    }

    [Fact]
    public void A_contacted_name_is_no_longer_flagged()
    {
        Assert.Empty(Evaluate(_rule, Referred(ReferralStatus.Contacted, 30)));
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(15, true)]
    public void The_referrer_should_hear_the_outcome_within_fourteen_days_of_the_meeting(int metDaysAgo, bool flagged)
    {
        Assert.Equal(flagged, Evaluate(_rule, Referrer(ReferralStatus.Met, metDaysAgo)).Count == 1);
    }

    [Fact]
    public void Once_reported_back_nothing_is_owed()
    {
        Assert.Empty(Evaluate(_rule, Referrer(ReferralStatus.ThankedReportedBack, 40)));
    }

    [Fact]
    public void Changing_the_follow_up_days_moves_the_boundaries()
    {
        var settings = new CoachingSettings { ReferralContactDays = 3, ReferralReportBackDays = 5 };

        Assert.Single(Evaluate(_rule, Referred(ReferralStatus.Suggested, 4), settings));
        Assert.Single(Evaluate(_rule, Referrer(ReferralStatus.Met, 6), settings));
    }
}
