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
        // The calibrated defaults give reciprocity no points of its own (it acts through the tier rules), so weigh it here.
        var settings = new CoachingSettings { ReciprocityWeight = 10 };
        var oneSided = Calculate(Contact(Unanswered(20), Unanswered(40), Touch(60, Channel.Email, Direction.IReachedOut, replied: true)), settings);
        var mutual = Calculate(Contact(Touch(10, Channel.Email, Direction.TheyReachedOut), Touch(40, Channel.Email, Direction.TheyReachedOut), Touch(60, Channel.Email, Direction.IReachedOut, replied: true)), settings);

        Assert.True(mutual.Components.Reciprocity > oneSided.Components.Reciprocity);
        Assert.Contains("they reached out to you twice", mutual.Reasons);
        Assert.Contains("they replied to 1 of your 3 messages", oneSided.Reasons);
    }

    [Fact]
    public void Tier_cut_offs_come_from_the_settings()
    {
        var history = Solid(conversations: 6);
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

    /// <summary>Settings under which every score is strong, so only the tier rules decide.</summary>
    private static CoachingSettings RulesOnly() => new() { StrongTierMinScore = 1, MediumTierMinScore = 0 };

    /// <summary>Mutual conversations in person, 40 days apart starting <paramref name="lastDaysAgo"/>, with someone known since <paramref name="knownDays"/> ago.</summary>
    private static RelationshipHistory Solid(int conversations, int knownDays = 3 * 365, int lastDaysAgo = 10, int spacing = 40) =>
        Contact(Enumerable.Range(0, conversations).Select(i => Touch(lastDaysAgo + (i * spacing), Channel.InPerson)).ToArray()) with
        {
            KnownSince = Today.AddDays(-knownDays),
        };

    [Fact]
    public void Two_conversations_however_recent_are_a_weak_tie_and_three_can_be_medium()
    {
        var two = Calculate(Solid(conversations: 2, lastDaysAgo: 1), RulesOnly());
        var three = Calculate(Solid(conversations: 3), RulesOnly());

        Assert.Equal(TieTier.Weak, two.Tier);
        Assert.Contains("with only two real conversations you barely know them, so this is a weak tie however recent", two.Reasons);
        Assert.Equal(TieTier.Medium, three.Tier);
    }

    [Fact]
    public void A_coffee_or_a_meeting_logged_as_your_outreach_is_a_conversation_even_without_the_replied_box()
    {
        var logged = Calculate(Contact(
            Touch(20, Channel.InPerson, Direction.IReachedOut),
            Touch(80, Channel.VideoCall, Direction.IReachedOut, TouchpointIntent.Meeting),
            Touch(150, Channel.InPerson, Direction.IReachedOut)) with { KnownSince = Today.AddYears(-2) });
        var unansweredCalls = Calculate(Contact(
            Touch(20, Channel.Phone, Direction.IReachedOut),
            Touch(80, Channel.Phone, Direction.IReachedOut)));

        Assert.Equal(3, logged.Stats.ConversationCount);
        Assert.Equal(3, logged.Stats.MyOutreachRepliedCount);
        Assert.Equal(0, unansweredCalls.Stats.ConversationCount);
    }

    [Fact]
    public void Known_for_less_than_the_setting_is_weak_however_often_you_talk()
    {
        var settings = RulesOnly();
        var justUnder = Calculate(Solid(conversations: 8, knownDays: settings.MediumMinKnownDays - 1, lastDaysAgo: 1, spacing: 10), settings);
        var atIt = Calculate(Solid(conversations: 8, knownDays: settings.MediumMinKnownDays, lastDaysAgo: 1, spacing: 10), settings);

        Assert.Equal(TieTier.Weak, justUnder.Tier);
        Assert.Contains("known for only 2 months, so this is a weak tie however often you talk", justUnder.Reasons);
        Assert.NotEqual(TieTier.Weak, atIt.Tier);
    }

    [Fact]
    public void A_strong_tie_needs_enough_conversations()
    {
        var settings = RulesOnly();

        Assert.Equal(TieTier.Medium, Calculate(Solid(conversations: settings.StrongMinConversations - 1), settings).Tier);
        Assert.Equal(TieTier.Strong, Calculate(Solid(conversations: settings.StrongMinConversations), settings).Tier);
    }

    [Fact]
    public void A_strong_tie_needs_to_have_lasted_long_enough()
    {
        var settings = RulesOnly();
        settings.StrongMinKnownDays = 200;

        Assert.Equal(TieTier.Medium, Calculate(Solid(conversations: 6, knownDays: 199, lastDaysAgo: 1, spacing: 20), settings).Tier);
        Assert.Equal(TieTier.Strong, Calculate(Solid(conversations: 6, knownDays: 200, lastDaysAgo: 1, spacing: 20), settings).Tier);
    }

    [Fact]
    public void A_strong_tie_needs_a_conversation_within_the_allowed_silence()
    {
        var settings = RulesOnly();
        var atTheLimit = Calculate(Solid(conversations: 6, lastDaysAgo: settings.StrongMaxSilenceDays), settings);
        var past = Calculate(Solid(conversations: 6, lastDaysAgo: settings.StrongMaxSilenceDays + 1), settings);

        Assert.Equal(TieTier.Strong, atTheLimit.Tier);
        Assert.Equal(TieTier.Medium, past.Tier);
        Assert.Contains("no real conversation in the last 12 months, so the tie is at most medium", past.Reasons);
    }

    [Fact]
    public void Someone_who_only_gets_in_touch_to_ask_is_at_most_a_medium_tie()
    {
        var taker = Contact(Enumerable.Range(0, 8).Select(i => Touch(10 + (i * 30), Channel.Phone, Direction.TheyReachedOut, TouchpointIntent.AdviceRequest)).ToArray()) with
        {
            KnownSince = Today.AddYears(-4),
        };
        var helper = taker with { Touchpoints = [.. taker.Touchpoints, Touch(300, Channel.Email, Direction.TheyReachedOut, TouchpointIntent.OfferHelp)] };

        var tie = Calculate(taker, RulesOnly());

        Assert.Equal(TieTier.Medium, tie.Tier);
        Assert.Contains("they asked you for something 8 of the 8 times they got in touch", tie.Reasons);
        Assert.Contains("they mostly get in touch to ask for something and have never offered help, so the tie is at most medium", tie.Reasons);
        Assert.Equal(TieTier.Strong, Calculate(helper, RulesOnly()).Tier);
    }

    [Fact]
    public void Messages_from_them_the_user_never_answered_go_one_way_and_are_a_weak_tie_however_many()
    {
        var recruiter = Contact(Enumerable.Range(0, 6).Select(i => Touch(10 + (i * 40), Channel.LinkedIn, Direction.TheyReachedOut)).ToArray()) with
        {
            KnownSince = Today.AddYears(-2),
        };
        var answeredOnce = recruiter with { Touchpoints = [.. recruiter.Touchpoints, Touch(100, Channel.Email, Direction.IReachedOut, replied: true)] };
        var tookACall = recruiter with { Touchpoints = [.. recruiter.Touchpoints, Touch(100, Channel.Phone, Direction.TheyReachedOut)] };

        var tie = Calculate(recruiter, RulesOnly());

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Equal("they last wrote to you 10 days ago", tie.Reasons[0]);
        Assert.Contains("they have written to you 6 times, but you have never answered, met or spoken, so it only goes one way and this is a weak tie", tie.Reasons);
        Assert.NotEqual(TieTier.Weak, Calculate(answeredOnce, RulesOnly()).Tier);
        Assert.NotEqual(TieTier.Weak, Calculate(tookACall, RulesOnly()).Tier);
    }

    [Theory]
    [InlineData(3, 4, TieTier.Medium)]
    [InlineData(2, 4, TieTier.Strong)]
    public void Asking_at_least_the_taker_share_of_the_times_they_get_in_touch_caps_the_tie_at_medium(int asks, int contacts, TieTier expected)
    {
        var settings = RulesOnly();
        settings.TakerAskSharePercent = 67;
        var touchpoints = Enumerable.Range(0, 6).Select(i => Touch(10 + (i * 45), Channel.InPerson)).ToList();
        touchpoints.AddRange(Enumerable.Range(0, contacts).Select(i =>
            Touch(20 + (i * 60), Channel.Phone, Direction.TheyReachedOut, i < asks ? TouchpointIntent.AdviceRequest : TouchpointIntent.KeepInTouch)));
        var history = Contact([.. touchpoints]) with { KnownSince = Today.AddYears(-4) };

        Assert.Equal(expected, Calculate(history, settings).Tier);
    }

    [Fact]
    public void Cards_sent_for_years_and_never_answered_are_a_weak_tie_not_a_dormant_one()
    {
        var cards = Contact(Enumerable.Range(1, 8).Select(year => Unanswered(year * 365, Channel.Letter)).ToArray()) with { KnownSince = Today.AddYears(-9) };

        var tie = Calculate(cards);

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Contains("without a real conversation yet, this is a weak tie", tie.Reasons);
    }

    [Theory]
    [InlineData(5, 5, TieTier.Strong, "your rating lifts the tie from medium to strong")]
    [InlineData(4, 1, TieTier.Weak, "your rating lowers the tie from medium to weak")]
    public void The_users_closeness_rating_moves_the_tier_and_the_reasons_say_so(int conversations, int rating, TieTier expected, string reason)
    {
        var history = Solid(conversations, spacing: 90);

        var unrated = Calculate(history);
        var rated = Calculate(history with { Closeness = rating });

        Assert.Equal(TieTier.Medium, unrated.Tier);
        Assert.Equal(expected, rated.Tier);
        Assert.Contains($"you rated them {rating}/5 close", rated.Reasons);
        Assert.Contains(reason, rated.Reasons);
    }

    [Fact]
    public void A_top_closeness_rating_cannot_lift_someone_you_barely_know()
    {
        var tie = Calculate(Contact(Touch(21, Channel.Event)) with { Closeness = 5, KnownSince = Today.AddDays(-21) });

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Contains("you rated them 5/5 close", tie.Reasons);
        Assert.Contains("with only one real conversation you barely know them, so this is a weak tie however recent", tie.Reasons);
    }

    [Fact]
    public void Hundreds_of_touchpoints_on_one_day_are_one_conversation()
    {
        var tie = Calculate(Contact(Enumerable.Repeat(Touch(30, Channel.Email), 300).ToArray()) with { KnownSince = Today.AddDays(-30) });

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Equal(1, tie.Stats.ConversationCount);
        Assert.Contains("the 300 touchpoints logged on one day count as one conversation", tie.Reasons);
    }

    [Fact]
    public void Touchpoints_dated_before_the_contact_was_known_count_from_the_first_touchpoint()
    {
        var tie = Calculate(Solid(conversations: 6, knownDays: 7));

        Assert.Equal(6 * 40 - 30, tie.KnownDays);
        Assert.NotEqual(TieTier.Weak, tie.Tier);
        Assert.Contains(tie.Reasons, r => r.StartsWith("touchpoints go back to ", StringComparison.Ordinal) && r.Contains("before the 'known since' date"));
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(int.MaxValue)]
    public void A_closeness_outside_one_to_five_is_left_out_and_says_so(int given)
    {
        var tie = Calculate(Solid(conversations: 6) with { Closeness = given });

        Assert.Equal(Calculate(Solid(conversations: 6)).Score, tie.Score);
        Assert.Equal(Calculate(Solid(conversations: 6)).Tier, tie.Tier);
        Assert.Contains($"your closeness rating of {given} is outside 1 to 5, so it is left out", tie.Reasons);
    }

    [Fact]
    public void A_known_since_date_in_the_future_is_not_an_error()
    {
        var tie = Calculate(FreshImport() with { KnownSince = Today.AddYears(3) });

        Assert.Equal(TieTier.Weak, tie.Tier);
        Assert.Equal(0, tie.KnownDays);
    }
}
