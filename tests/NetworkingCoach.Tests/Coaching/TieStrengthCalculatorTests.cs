using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using static NetworkingCoach.Tests.Coaching.Histories;

namespace NetworkingCoach.Tests.Coaching;

public class TieStrengthCalculatorTests
{
    private static TieStrength Calculate(RelationshipHistory history, CoachingSettings? settings = null) =>
        new TieStrengthCalculator(settings ?? new CoachingSettings(), Clock).Calculate(history);

    [Fact]
    public void Close_colleague_seen_in_person_last_week_is_strong()
    {
        var tie = Calculate(CloseColleague());

        Assert.Equal(TieTier.Strong, tie.Tier);
        Assert.True(tie.Score >= 80, $"score {tie.Score}");
        Assert.Contains("last real conversation 7 days ago", tie.Reasons);
        Assert.Contains("you rated them 5/5 close", tie.Reasons);
        Assert.Contains("mostly in person, by phone or video", tie.Reasons);
    }

    [Fact]
    public void One_email_six_years_ago_is_dormant()
    {
        var tie = Calculate(OneEmailSixYearsAgo());

        Assert.Equal(TieTier.Dormant, tie.Tier);
        Assert.Contains("last real conversation 6 years ago", tie.Reasons);
        Assert.Contains("one email exchange ever", tie.Reasons);
    }

    [Fact]
    public void A_letter_after_thirteen_years_of_silence_is_dormant()
    {
        var tie = Calculate(LetterAfterThirteenYears());

        Assert.Equal(TieTier.Dormant, tie.Tier);
        Assert.Contains("last real conversation 13 years ago", tie.Reasons);
        Assert.Contains("your last message since then is unanswered", tie.Reasons);
    }

    [Fact]
    public void Fresh_import_with_no_history_is_weak_not_dormant()
    {
        var tie = Calculate(FreshImport());

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Contains("no conversations logged yet", tie.Reasons);
    }

    [Fact]
    public void Fresh_import_rated_five_and_known_for_years_is_still_only_weak()
    {
        var tie = Calculate(FreshImport() with { Closeness = 5, KnownSince = Today.AddYears(-20) });

        Assert.Equal(TieTier.Weak, tie.Tier);
    }

    [Fact]
    public void Weights_that_would_make_a_never_answered_contact_strong_still_give_weak()
    {
        var settings = new CoachingSettings { StrongTierMinScore = 2, MediumTierMinScore = 1 };
        var tie = Calculate(Contact(Unanswered(3), Unanswered(20)) with { Closeness = 5 }, settings);

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Contains("they have never replied or reached out", tie.Reasons);
    }

    [Fact]
    public void Recent_unanswered_messages_alone_are_weak_not_dormant()
    {
        var tie = Calculate(Contact(Unanswered(15), Unanswered(30)));

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Contains("they replied to 0 of your 2 messages", tie.Reasons);
    }

    [Fact]
    public void A_tie_becomes_dormant_on_the_day_the_silence_reaches_the_setting()
    {
        var settings = new CoachingSettings();
        var before = Calculate(Contact(Touch(settings.DormantAfterDays - 1, Channel.Phone)), settings);
        var after = Calculate(Contact(Touch(settings.DormantAfterDays + 1, Channel.Phone)), settings);

        Assert.NotEqual(TieTier.Dormant, before.Tier);
        Assert.Equal(TieTier.Dormant, after.Tier);
    }

    [Fact]
    public void Changing_the_dormant_setting_moves_the_boundary()
    {
        var settings = new CoachingSettings { DormantAfterDays = 400 };

        Assert.Equal(TieTier.Dormant, Calculate(Contact(Touch(401, Channel.Phone)), settings).Tier);
        Assert.NotEqual(TieTier.Dormant, Calculate(Contact(Touch(401, Channel.Phone))).Tier);
    }

    [Fact]
    public void A_more_recent_last_conversation_never_lowers_the_score()
    {
        var previous = -1;
        foreach (var daysAgo in new[] { 3000, 1500, 900, 700, 500, 365, 200, 100, 60, 31, 30, 10, 0 })
        {
            var history = Contact(Touch(4000, Channel.InPerson), Touch(daysAgo, Channel.Email)) with
            {
                KnownSince = Today.AddYears(-12),
            };
            var score = Calculate(history).Score;

            Assert.True(score >= previous, $"{daysAgo} days ago scored {score}, below {previous}");
            previous = score;
        }
    }

    [Fact]
    public void More_exchanges_in_the_year_never_lower_the_score()
    {
        var previous = -1;
        for (var count = 0; count <= 10; count++)
        {
            var touches = Enumerable.Range(0, count).Select(i => Touch(20 + (i * 30), Channel.Phone)).ToArray();
            var score = Calculate(Contact(touches)).Score;

            Assert.True(score >= previous, $"{count} exchanges scored {score}, below {previous}");
            previous = score;
        }
    }

    [Fact]
    public void Speaking_counts_more_than_writing()
    {
        var inPerson = Calculate(Contact(Touch(20, Channel.InPerson), Touch(80, Channel.InPerson)));
        var linkedIn = Calculate(Contact(Touch(20, Channel.LinkedIn), Touch(80, Channel.LinkedIn)));

        Assert.True(inPerson.Score > linkedIn.Score);
        Assert.Contains("only in writing so far (email, LinkedIn, text)", linkedIn.Reasons);
    }

    [Fact]
    public void The_users_closeness_rating_moves_the_score_both_ways()
    {
        var history = Contact(Touch(20, Channel.Phone), Touch(80, Channel.Email));

        var low = Calculate(history with { Closeness = 1 }).Score;
        var unset = Calculate(history).Score;
        var high = Calculate(history with { Closeness = 5 }).Score;

        Assert.True(low < unset && unset < high, $"{low} < {unset} < {high}");
    }

    [Fact]
    public void They_reaching_out_and_replying_counts_as_reciprocity()
    {
        var oneSided = Calculate(Contact(Unanswered(20), Unanswered(40), Touch(60, Channel.Email, Direction.IReachedOut, replied: true)));
        var mutual = Calculate(Contact(Touch(10, Channel.Email, Direction.TheyReachedOut), Touch(40, Channel.Email, Direction.TheyReachedOut), Touch(60, Channel.Email, Direction.IReachedOut, replied: true)));

        Assert.True(mutual.Components.Reciprocity > oneSided.Components.Reciprocity);
        Assert.Contains("they reached out to you twice", mutual.Reasons);
        Assert.Contains("they replied to 1 of your 3 messages", oneSided.Reasons);
    }

    [Fact]
    public void Tier_cut_offs_come_from_the_settings()
    {
        var history = Contact(Touch(20, Channel.Phone), Touch(80, Channel.Email));
        var score = Calculate(history).Score;

        Assert.Equal(TieTier.Strong, Calculate(history, new CoachingSettings { StrongTierMinScore = score, MediumTierMinScore = score - 1 }).Tier);
        Assert.Equal(TieTier.Medium, Calculate(history, new CoachingSettings { StrongTierMinScore = score + 1, MediumTierMinScore = score }).Tier);
        Assert.Equal(TieTier.Weak, Calculate(history, new CoachingSettings { StrongTierMinScore = score + 2, MediumTierMinScore = score + 1 }).Tier);
    }

    [Fact]
    public void Upcoming_meetings_do_not_count_towards_the_tie()
    {
        var tie = Calculate(Contact(Touch(-3, Channel.InPerson, intent: TouchpointIntent.Meeting)));

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Equal(0, tie.Stats.PastCount);
        Assert.Equal(1, tie.Stats.UpcomingCount);
    }
}
