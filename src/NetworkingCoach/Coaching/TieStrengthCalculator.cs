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
        var components = new TieStrengthComponents(
            Recency: s.RecencyWeight * RecencyShare(stats.DaysSinceLastTwoWay),
            Frequency: s.FrequencyWeight * Math.Min(1.0, stats.TwoWayInWindowCount / (double)Math.Max(1, s.FrequencyTargetCount)),
            Reciprocity: s.ReciprocityWeight * ReciprocityShare(stats),
            Depth: stats.TwoWayCount == 0 ? 0 : s.DepthWeight * Math.Clamp(stats.TwoWayDepthSum / stats.TwoWayCount, 0, 1),
            Longevity: s.LongevityWeight * Math.Min(1.0, YearsKnown(history, stats) / Math.Max(1, s.LongevityFullYears)),
            Closeness: history.Closeness is { } c ? (Math.Clamp(c, 1, 5) - 3) * s.ClosenessPointsPerStep : 0);

        var score = (int)Math.Clamp(Math.Round(components.Total, MidpointRounding.AwayFromZero), 0, 100);
        var tier = TierFor(score, stats);
        return new TieStrength(score, tier, Reasons(history, stats, tier), components, stats);
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

    private double ReciprocityShare(RelationshipStats stats)
    {
        if (stats.PastCount == 0)
        {
            return 0;
        }

        var theyEngage = stats.TheyReachedOutCount + stats.MutualCount > 0;
        var replyRate = stats.MyOutreachCount > 0
            ? stats.MyOutreachRepliedCount / (double)stats.MyOutreachCount
            : theyEngage ? 1.0 : 0.0;

        // A mutual arrangement is half them taking the initiative.
        var initiative = Math.Min(1.0, (stats.TheyReachedOutCount + 0.5 * stats.MutualCount) / Math.Max(1, _settings.InitiativeTargetCount));
        return 0.5 * replyRate + 0.5 * initiative;
    }

    private static double YearsKnown(RelationshipHistory history, RelationshipStats stats)
    {
        var since = history.KnownSince ?? (stats.FirstTouchAt is { } first ? DateOnly.FromDateTime(first) : (DateOnly?)null);
        return since is { } d ? Math.Max(0, stats.Today.DayNumber - d.DayNumber) / 365.25 : 0;
    }

    private TieTier TierFor(int score, RelationshipStats stats)
    {
        if (stats.PastCount > 0)
        {
            // Dormancy is about silence, so a recent unanswered message does not wake a tie up.
            var silentDays = stats.DaysSinceLastTwoWay ?? stats.DaysSinceLastTouch!.Value;
            if (silentDays >= _settings.DormantAfterDays)
            {
                return TieTier.Dormant;
            }
        }

        if (stats.TwoWayCount == 0)
        {
            // Without a single real conversation nobody is more than a weak tie, whatever the weights say.
            return TieTier.Weak;
        }

        return score >= _settings.StrongTierMinScore ? TieTier.Strong
            : score >= _settings.MediumTierMinScore ? TieTier.Medium
            : TieTier.Weak;
    }

    private List<string> Reasons(RelationshipHistory history, RelationshipStats stats, TieTier tier)
    {
        var reasons = new List<string>(7);
        if (stats.PastCount == 0)
        {
            reasons.Add("no conversations logged yet");
        }
        else if (stats.DaysSinceLastTwoWay is { } days)
        {
            reasons.Add("last real conversation " + PlainWords.Ago(days));
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

        if (stats.TwoWayCount == 1)
        {
            reasons.Add($"one {ExchangeNoun(stats.LastTwoWayChannel!.Value)} ever");
        }
        else if (stats.TwoWayCount > 1)
        {
            var window = WindowWords(_settings.FrequencyWindowDays);
            reasons.Add(stats.TwoWayInWindowCount == 0
                ? $"no two-way exchange in the last {window}"
                : $"{PlainWords.Plural(stats.TwoWayInWindowCount, "two-way exchange")} in the last {window}");
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
        }

        if (stats.TwoWayCount > 1)
        {
            reasons.Add(stats.SpokenTwoWayCount == 0 ? "only in writing so far (email, LinkedIn, text)"
                : stats.SpokenTwoWayCount * 2 >= stats.TwoWayCount ? "mostly in person, by phone or video"
                : "some contact in person, by phone or video");
        }

        var years = (int)YearsKnown(history, stats);
        if (years >= 1)
        {
            reasons.Add($"known for {PlainWords.Plural(years, "year")}");
        }

        if (history.Closeness is { } closeness)
        {
            reasons.Add($"you rated them {Math.Clamp(closeness, 1, 5)}/5 close");
        }

        if (tier == TieTier.Dormant)
        {
            reasons.Add($"no real conversation for over {WindowWords(_settings.DormantAfterDays)}, so the tie is dormant");
        }
        else if (stats.TwoWayCount == 0)
        {
            reasons.Add("without a real conversation yet, this is a weak tie");
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
