using System.Buffers;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Counts and dates gathered from a contact's touchpoints in one pass, shared by tie strength and the rules.</summary>
public sealed class RelationshipStats
{
    private RelationshipStats()
    {
    }

    /// <summary>The moment the figures were computed for, in UTC.</summary>
    public DateTime Now { get; private init; }
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>Touchpoints up to now; upcoming meetings are not counted here.</summary>
    public int PastCount { get; private set; }
    public int UpcomingCount { get; private set; }
    public DateTime? FirstTouchAt { get; private set; }
    public DateTime? LastTouchAt { get; private set; }
    public DateTime? LastTwoWayAt { get; private set; }
    public Channel? LastTwoWayChannel { get; private set; }
    public DateTime? FirstTwoWayAt { get; private set; }

    /// <summary>Two-way touchpoints: they started it, it was mutual, or they answered.</summary>
    public int TwoWayCount { get; private set; }

    /// <summary>Real conversations: days with at least one two-way touchpoint, so a busy day counts once.</summary>
    public int ConversationCount { get; private set; }

    /// <summary>Conversations within <see cref="CoachingSettings.FrequencyWindowDays"/>.</summary>
    public int ConversationsInWindowCount { get; private set; }

    /// <summary>Conversations in person, by phone, video or at an event.</summary>
    public int SpokenConversationCount { get; private set; }

    /// <summary>Sum over conversations of the deepest channel used that day, for the average depth.</summary>
    public double ConversationDepthSum { get; private set; }

    /// <summary>How many different channels the two-way touchpoints used.</summary>
    public int ChannelsUsedCount { get; private set; }

    /// <summary>The most two-way touchpoints logged on a single day.</summary>
    public int MostTwoWayOnOneDay { get; private set; }
    public int MyOutreachCount { get; private set; }

    /// <summary>Messages the user sent that are still within the wait for a reply: judged neither way yet.</summary>
    public int AwaitingReplyCount { get; private set; }
    public int MyOutreachRepliedCount { get; private set; }
    public int TheyReachedOutCount { get; private set; }
    public int MutualCount { get; private set; }

    /// <summary>Times they got in touch to ask for advice, a job or a contact.</summary>
    public int TheyAskedCount { get; private set; }

    /// <summary>Times they got in touch to offer help or make an introduction.</summary>
    public int TheyGaveCount { get; private set; }

    public int OnlineCount { get; private set; }

    /// <summary>Job asks and advice requests the user made.</summary>
    public int AskCount { get; private set; }

    /// <summary>Offers of help, introductions and thank-yous the user made.</summary>
    public int GiveCount { get; private set; }

    /// <summary>Unanswered messages the user sent after the last real conversation, once the wait for a reply (<see cref="CoachingSettings.ReplyWaitDays"/>) has passed.</summary>
    public int UnansweredSinceLastTwoWayCount { get; private set; }

    /// <summary>Only their messages: the user has never answered, met or spoken with them.</summary>
    public bool IsOneWay => ConversationCount > 0 && MutualCount == 0 && MyOutreachRepliedCount == 0 && SpokenConversationCount == 0;

    public int? DaysSinceLastTwoWay => LastTwoWayAt is { } at ? DaysBetween(at, Now) : null;
    public int? DaysSinceLastTouch => LastTouchAt is { } at ? DaysBetween(at, Now) : null;

    /// <summary>Whole calendar days from one UTC moment to another.</summary>
    public static int DaysBetween(DateTime from, DateTime to) =>
        DateOnly.FromDateTime(to).DayNumber - DateOnly.FromDateTime(from).DayNumber;

    /// <summary>Gathers the figures for one history as of <paramref name="now"/> (UTC).</summary>
    public static RelationshipStats Compute(RelationshipHistory history, CoachingSettings settings, DateTime now)
    {
        var stats = new RelationshipStats { Now = now };
        var replyDueBy = now.AddDays(-settings.ReplyWaitDays);
        var touchpoints = history.Touchpoints;
        DateTime? lastOneWayAt = null;
        var days = ArrayPool<int>.Shared.Rent(Math.Max(1, touchpoints.Count));
        var depths = ArrayPool<double>.Shared.Rent(Math.Max(1, touchpoints.Count));
        var twoWay = 0;
        var channels = 0;

        // Plain indexed loop: this runs over every touchpoint of every contact on the dashboard.
        for (var i = 0; i < touchpoints.Count; i++)
        {
            var t = touchpoints[i];
            if (t.OccurredAt > now)
            {
                stats.UpcomingCount++;
                continue;
            }

            stats.PastCount++;
            if (stats.FirstTouchAt is null || t.OccurredAt < stats.FirstTouchAt)
            {
                stats.FirstTouchAt = t.OccurredAt;
            }

            if (stats.LastTouchAt is null || t.OccurredAt > stats.LastTouchAt)
            {
                stats.LastTouchAt = t.OccurredAt;
            }

            switch (t.Direction)
            {
                case Direction.IReachedOut:
                    // A message still within the wait for a reply counts neither for nor against the reply rate.
                    if (t.TheyAnswered)
                    {
                        stats.MyOutreachCount++;
                        stats.MyOutreachRepliedCount++;
                    }
                    else if (t.OccurredAt <= replyDueBy)
                    {
                        stats.MyOutreachCount++;
                    }
                    else
                    {
                        stats.AwaitingReplyCount++;
                    }

                    break;
                case Direction.TheyReachedOut:
                    stats.TheyReachedOutCount++;
                    if (t.Intent is TouchpointIntent.AdviceRequest or TouchpointIntent.JobAsk)
                    {
                        stats.TheyAskedCount++;
                    }
                    else if (t.Intent is TouchpointIntent.OfferHelp or TouchpointIntent.Introduction)
                    {
                        stats.TheyGaveCount++;
                    }

                    break;
                default:
                    stats.MutualCount++;
                    break;
            }

            if (t.IsOnline)
            {
                stats.OnlineCount++;
            }

            if (t.IsAsk)
            {
                stats.AskCount++;
            }
            else if (t.IsGive)
            {
                stats.GiveCount++;
            }

            if (t.IsTwoWay)
            {
                stats.TwoWayCount++;
                days[twoWay] = DateOnly.FromDateTime(t.OccurredAt).DayNumber;

                // A spoken exchange is marked by a negative depth so the day can be counted as spoken.
                var depth = settings.DepthOf(t.Channel);
                depths[twoWay++] = IsSpoken(t.Channel) ? -depth - 1 : depth;
                channels |= 1 << (int)t.Channel;
                if (stats.FirstTwoWayAt is null || t.OccurredAt < stats.FirstTwoWayAt)
                {
                    stats.FirstTwoWayAt = t.OccurredAt;
                }

                if (stats.LastTwoWayAt is null || t.OccurredAt > stats.LastTwoWayAt)
                {
                    stats.LastTwoWayAt = t.OccurredAt;
                    stats.LastTwoWayChannel = t.Channel;
                }
            }
            else if (lastOneWayAt is null || t.OccurredAt > lastOneWayAt)
            {
                lastOneWayAt = t.OccurredAt;
            }
        }

        if (lastOneWayAt is not null && (stats.LastTwoWayAt is null || lastOneWayAt > stats.LastTwoWayAt))
        {
            // Only needed when something went unanswered after the last conversation, which is rare.
            for (var i = 0; i < touchpoints.Count; i++)
            {
                var t = touchpoints[i];
                if (!t.IsTwoWay && t.OccurredAt <= replyDueBy && (stats.LastTwoWayAt is null || t.OccurredAt > stats.LastTwoWayAt))
                {
                    stats.UnansweredSinceLastTwoWayCount++;
                }
            }
        }

        stats.ChannelsUsedCount = System.Numerics.BitOperations.PopCount((uint)channels);
        CountConversations(stats, days, depths, twoWay, DateOnly.FromDateTime(now.AddDays(-settings.FrequencyWindowDays)).DayNumber);
        ArrayPool<int>.Shared.Return(days);
        ArrayPool<double>.Shared.Return(depths);
        return stats;
    }

    private static bool IsSpoken(Channel channel) => channel is Channel.InPerson or Channel.Phone or Channel.VideoCall or Channel.Event;

    // Groups two-way touchpoints by day: each day is one conversation, as deep as its deepest channel.
    private static void CountConversations(RelationshipStats stats, int[] days, double[] depths, int count, int windowStartDay)
    {
        Array.Sort(days, depths, 0, count);
        var i = 0;
        while (i < count)
        {
            var day = days[i];
            var deepest = 0.0;
            var spoken = false;
            var start = i;
            for (; i < count && days[i] == day; i++)
            {
                var depth = depths[i];
                spoken |= depth < 0;
                deepest = Math.Max(deepest, depth < 0 ? -depth - 1 : depth);
            }

            stats.ConversationCount++;
            stats.ConversationDepthSum += deepest;
            stats.MostTwoWayOnOneDay = Math.Max(stats.MostTwoWayOnOneDay, i - start);
            if (spoken)
            {
                stats.SpokenConversationCount++;
            }

            if (day > windowStartDay)
            {
                stats.ConversationsInWindowCount++;
            }
        }
    }
}
