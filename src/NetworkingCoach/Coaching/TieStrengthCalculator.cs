using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Scores how strong a relationship is from its history, explainably; see docs/coaching-rules.md.</summary>
public sealed class TieStrengthCalculator(CoachingSettings settings, TimeProvider clock)
{
    private readonly CoachingSettings _settings = settings;
    private readonly TimeProvider _clock = clock;

    /// <summary>Tie strength for one contact, as of the clock's current time.</summary>
    public TieStrength Calculate(RelationshipHistory history) =>
        Calculate(history, RelationshipStats.Compute(history, _settings, _clock.GetUtcNow().UtcDateTime));

    /// <summary>Tie strength from figures already gathered, so callers scoring many contacts pass over touchpoints once.</summary>
    public TieStrength Calculate(RelationshipHistory history, RelationshipStats stats)
    {
        var s = _settings;
        var knownDays = KnownDays(history, stats);
        // A rating outside 1-5 is a slip, not a judgement: it is left out rather than read as an extreme.
        int? rating = history.Closeness is >= 1 and <= 5 ? history.Closeness : null;
        var components = new TieStrengthComponents(
            Conversations: s.ConversationsWeight * Share(stats.ConversationCount, s.ConversationsForFullPoints),
            Reciprocity: s.ReciprocityWeight * ReciprocityShare(stats),
            Depth: stats.ConversationCount == 0 ? 0 : s.DepthWeight * Math.Clamp(stats.ConversationDepthSum / stats.ConversationCount, 0, 1),
            Breadth: s.BreadthWeight * Share(stats.ChannelsUsedCount - 1, s.ChannelsForFullBreadth - 1),
            Recency: s.RecencyWeight * RecencyShare(stats.DaysSinceLastTwoWay),
            Frequency: s.FrequencyWeight * Share(stats.ConversationsInWindowCount, s.FrequencyTargetCount),
            Longevity: s.LongevityWeight * Math.Min(1.0, knownDays / 365.25 / Math.Max(1, s.LongevityFullYears)),
            Closeness: rating is { } r ? (r - 3) * (r < 3 ? s.ClosenessPointsPerStepDown : s.ClosenessPointsPerStep) : 0);

        var score = Clamp(components.Total);
        var limit = Limit(stats, knownDays, describe: false).Tier;
        var tier = TierFor(score, limit);
        var unrated = TierFor(Clamp(components.Total - components.Closeness), limit);
        return new TieStrength(score, tier, new TieReasons(this, history, stats, knownDays, score, tier, unrated), components, stats) { KnownDays = knownDays };
    }

    /// <summary>The reasons for a tie in plain words; put together only when someone reads them (see <see cref="TieReasons"/>).</summary>
    internal List<string> Describe(RelationshipHistory history, RelationshipStats stats, int knownDays, int score, TieTier tier, TieTier unrated)
    {
        int? rating = history.Closeness is >= 1 and <= 5 ? history.Closeness : null;
        var limit = Limit(stats, knownDays, describe: true);
        var reasons = Reasons(history, stats, knownDays);
        if (history.Closeness is { } given)
        {
            reasons.Add(given == rating ? $"you rated them {rating}/5 close" : $"your closeness rating of {given} is outside 1 to 5, so it is left out");
            if (tier != unrated)
            {
                reasons.Add($"your rating {(tier > unrated ? "lifts" : "lowers")} the tie from {Word(unrated)} to {Word(tier)}");
            }
        }

        if (limit.Reason is { } why && (limit.Tier < TieTier.Medium || TierFor(score, TieTier.Strong) > limit.Tier))
        {
            reasons.Add(why);
        }

        return reasons;
    }

    private static int Clamp(double total) => (int)Math.Clamp(Math.Round(total, MidpointRounding.AwayFromZero), 0, 100);

    private static double Share(int count, int full) => count <= 0 ? 0 : Math.Min(1.0, count / (double)Math.Max(1, full));

    private static string Word(TieTier tier) => tier.ToString().ToLowerInvariant();

    private TieTier TierFor(int score, TieTier limit)
    {
        if (limit == TieTier.Dormant)
        {
            return TieTier.Dormant;
        }

        var byScore = score >= _settings.StrongTierMinScore ? TieTier.Strong
            : score >= _settings.MediumTierMinScore ? TieTier.Medium
            : TieTier.Weak;
        return byScore < limit ? byScore : limit;
    }

    /// <summary>The strongest tier the facts allow whatever the score, and why, in words when <paramref name="describe"/> is set.</summary>
    private (TieTier Tier, string? Reason) Limit(RelationshipStats stats, int knownDays, bool describe)
    {
        var s = _settings;
        if (stats.ConversationCount == 0)
        {
            return (TieTier.Weak, describe ? "without a real conversation yet, this is a weak tie" : null);
        }

        // Their messages count as conversations only once the user has answered, met or spoken with them.
        if (stats.IsOneWay)
        {
            return (TieTier.Weak, describe ? $"they have written to you {PlainWords.Times(stats.TheyReachedOutCount)}, but you have never answered, met or spoken, so it only goes one way and this is a weak tie" : null);
        }

        // Dormancy is about silence, so a recent unanswered message does not wake a tie up.
        if (stats.DaysSinceLastTwoWay >= s.DormantAfterDays)
        {
            return (TieTier.Dormant, describe ? $"no real conversation for over {WindowWords(s.DormantAfterDays)}, so the tie is dormant" : null);
        }

        if (stats.ConversationCount < s.MediumMinConversations)
        {
            return (TieTier.Weak, describe ? $"with only {PlainWords.Count(stats.ConversationCount, "real conversation")} you barely know them, so this is a weak tie however recent" : null);
        }

        if (knownDays < s.MediumMinKnownDays)
        {
            return (TieTier.Weak, describe ? $"known for only {PlainWords.Duration(knownDays)}, so this is a weak tie however often you talk" : null);
        }

        if (stats.TheyReachedOutCount > 0 && stats.TheyGaveCount == 0
            && stats.TheyAskedCount * 100 >= s.TakerAskSharePercent * stats.TheyReachedOutCount)
        {
            return (TieTier.Medium, describe ? "they mostly get in touch to ask for something and have never offered help, so the tie is at most medium" : null);
        }

        if (stats.ConversationCount < s.StrongMinConversations)
        {
            return (TieTier.Medium, describe ? $"a strong tie needs at least {PlainWords.Count(s.StrongMinConversations, "real conversation")}" : null);
        }

        if (knownDays < s.StrongMinKnownDays)
        {
            return (TieTier.Medium, describe ? $"known for {PlainWords.Duration(knownDays)}, too short a time for a strong tie" : null);
        }

        if (stats.DaysSinceLastTwoWay > s.StrongMaxSilenceDays)
        {
            return (TieTier.Medium, describe ? $"no real conversation in the last {WindowWords(s.StrongMaxSilenceDays)}, so the tie is at most medium" : null);
        }

        return (TieTier.Strong, null);
    }

    private double RecencyShare(int? days)
    {
        if (days is not { } d)
        {
            return 0;
        }

        var full = _settings.RecencyFullDays;
        var zero = Math.Max(full + 1, _settings.RecencyZeroDays);
        return d <= full ? 1.0 : Math.Clamp((zero - d) / (double)(zero - full), 0, 1);
    }

    /// <summary>A third each: they take the initiative, they answer you, and they give as well as ask.</summary>
    private static double ReciprocityShare(RelationshipStats stats)
    {
        if (stats.TwoWayCount == 0)
        {
            return 0;
        }

        // Plans made together count as half their initiative; half the initiative overall is full marks.
        var settled = Math.Max(1, stats.PastCount - stats.AwaitingReplyCount);
        var initiative = Math.Min(1.0, 2 * (stats.TheyReachedOutCount + (0.5 * stats.MutualCount)) / settled);
        var replies = stats.MyOutreachCount > 0 ? stats.MyOutreachRepliedCount / (double)stats.MyOutreachCount : 1.0;
        var giving = stats.TheyReachedOutCount == 0 || stats.TheyGaveCount > 0 ? 1.0 : 1.0 - (stats.TheyAskedCount / (double)stats.TheyReachedOutCount);
        return (initiative + replies + giving) / 3;
    }

    /// <summary>Days since they were first known: "known since", or the first touchpoint when that is earlier or the date is missing.</summary>
    private static int KnownDays(RelationshipHistory history, RelationshipStats stats)
    {
        var first = stats.FirstTouchAt is { } at ? DateOnly.FromDateTime(at) : (DateOnly?)null;
        var since = history.KnownSince is { } known && (first is null || known <= first) ? known : first;
        return since is { } d ? Math.Max(0, stats.Today.DayNumber - d.DayNumber) : 0;
    }

    private List<string> Reasons(RelationshipHistory history, RelationshipStats stats, int knownDays)
    {
        var reasons = new List<string>(10);
        if (stats.PastCount == 0)
        {
            reasons.Add("no conversations logged yet");
        }
        else if (stats.DaysSinceLastTwoWay is { } days)
        {
            reasons.Add((stats.IsOneWay ? "they last wrote to you " : "last real conversation ") + PlainWords.Ago(days));
        }
        else
        {
            reasons.Add("they have never replied or reached out");
        }

        if (stats.UnansweredSinceLastTwoWayCount > 0 && stats.TwoWayCount > 0)
        {
            reasons.Add(stats.UnansweredSinceLastTwoWayCount == 1
                ? "your last message since then is unanswered"
                : $"your {stats.UnansweredSinceLastTwoWayCount} messages since then are unanswered");
        }

        if (stats.ConversationCount == 1)
        {
            reasons.Add($"one {ExchangeNoun(stats.LastTwoWayChannel!.Value)} ever");
        }
        else if (stats.ConversationCount > 1)
        {
            var span = PlainWords.Duration(RelationshipStats.DaysBetween(stats.FirstTwoWayAt!.Value, stats.LastTwoWayAt!.Value));
            var window = WindowWords(_settings.FrequencyWindowDays);
            reasons.Add($"{PlainWords.Plural(stats.ConversationCount, "real conversation")} over {span}");
            reasons.Add(stats.ConversationsInWindowCount == 0
                ? $"no real conversation in the last {window}"
                : $"{PlainWords.Plural(stats.ConversationsInWindowCount, "conversation")} in the last {window}");
        }

        if (stats.MostTwoWayOnOneDay > 1)
        {
            reasons.Add($"the {stats.MostTwoWayOnOneDay} touchpoints logged on one day count as one conversation");
        }

        if (stats.PastCount > 0)
        {
            if (stats.TheyReachedOutCount > 0)
            {
                reasons.Add($"they reached out to you {PlainWords.Times(stats.TheyReachedOutCount)}");
            }
            else if (stats.MutualCount == 0)
            {
                reasons.Add("they have never reached out first");
            }

            if (stats.MyOutreachCount > 0)
            {
                reasons.Add($"they replied to {stats.MyOutreachRepliedCount} of your {PlainWords.Plural(stats.MyOutreachCount, "message")}");
            }

            if (stats.TheyAskedCount > 0)
            {
                reasons.Add($"they asked you for something {stats.TheyAskedCount} of the {PlainWords.Plural(stats.TheyReachedOutCount, "time")} they got in touch"
                    + (stats.TheyGaveCount > 0 ? $", and they offered help {PlainWords.Times(stats.TheyGaveCount)}" : ""));
            }
        }

        if (stats.ConversationCount > 1)
        {
            reasons.Add(stats.SpokenConversationCount == 0 ? "only in writing so far (email, LinkedIn, text)"
                : stats.SpokenConversationCount * 2 >= stats.ConversationCount ? "mostly in person, by phone or video"
                : "some contact in person, by phone or video");
        }

        if (stats.ChannelsUsedCount > 1)
        {
            reasons.Add($"in touch through {PlainWords.Count(stats.ChannelsUsedCount, "channel")}");
        }

        if (knownDays > 0)
        {
            reasons.Add($"known for {PlainWords.Duration(knownDays)}");
        }

        if (history.KnownSince is { } since && stats.FirstTouchAt is { } first && DateOnly.FromDateTime(first) < since)
        {
            reasons.Add($"touchpoints go back to {PlainWords.Date(DateOnly.FromDateTime(first))}, before the 'known since' date of {PlainWords.Date(since)}, so they are counted from the first touchpoint");
        }

        return reasons;
    }

    private static string ExchangeNoun(Channel channel) => channel switch
    {
        Channel.InPerson => "meeting in person",
        Channel.Phone => "phone call",
        Channel.VideoCall => "video call",
        Channel.Event => "meeting at an event",
        Channel.Letter => "letter exchange",
        Channel.LinkedIn => "LinkedIn exchange",
        Channel.Text => "text exchange",
        _ => "email exchange",
    };

    private static string WindowWords(int days) => days switch
    {
        < 60 => PlainWords.Plural(days, "day"),
        < 1095 when days % 365 != 0 => PlainWords.Plural((int)Math.Round(days / 30.44), "month"),
        < 1095 when days == 365 => "12 months",
        _ => PlainWords.Plural((int)Math.Round(days / 365.25), "year"),
    };
}
