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
    public int TwoWayCount { get; private set; }

    /// <summary>Two-way exchanges within <see cref="CoachingSettings.FrequencyWindowDays"/>.</summary>
    public int TwoWayInWindowCount { get; private set; }
    public int MyOutreachCount { get; private set; }
    public int MyOutreachRepliedCount { get; private set; }
    public int TheyReachedOutCount { get; private set; }
    public int MutualCount { get; private set; }

    /// <summary>Sum of channel depths over two-way exchanges, for the average depth.</summary>
    public double TwoWayDepthSum { get; private set; }

    /// <summary>Two-way exchanges in person, by phone, video or at an event.</summary>
    public int SpokenTwoWayCount { get; private set; }
    public int OnlineCount { get; private set; }

    /// <summary>Job asks and advice requests the user made.</summary>
    public int AskCount { get; private set; }

    /// <summary>Offers of help, introductions and thank-yous the user made.</summary>
    public int GiveCount { get; private set; }

    /// <summary>Unanswered messages the user sent after the last real conversation, once the wait for a reply (<see cref="CoachingSettings.ReplyWaitDays"/>) has passed.</summary>
    public int UnansweredSinceLastTwoWayCount { get; private set; }

    public int? DaysSinceLastTwoWay => LastTwoWayAt is { } at ? DaysBetween(at, Now) : null;
    public int? DaysSinceLastTouch => LastTouchAt is { } at ? DaysBetween(at, Now) : null;

    /// <summary>Whole calendar days from one UTC moment to another.</summary>
    public static int DaysBetween(DateTime from, DateTime to) =>
        DateOnly.FromDateTime(to).DayNumber - DateOnly.FromDateTime(from).DayNumber;

    /// <summary>Gathers the figures for one history as of <paramref name="now"/> (UTC).</summary>
    public static RelationshipStats Compute(RelationshipHistory history, CoachingSettings settings, DateTime now)
    {
        var stats = new RelationshipStats { Now = now };
        var windowStart = now.AddDays(-settings.FrequencyWindowDays);
        var replyDueBy = now.AddDays(-settings.ReplyWaitDays);
        var touchpoints = history.Touchpoints;
        DateTime? lastOneWayAt = null;

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
                    if (t.Replied)
                    {
                        stats.MyOutreachCount++;
                        stats.MyOutreachRepliedCount++;
                    }
                    else if (t.OccurredAt <= replyDueBy)
                    {
                        stats.MyOutreachCount++;
                    }

                    break;
                case Direction.TheyReachedOut:
                    stats.TheyReachedOutCount++;
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
                stats.TwoWayDepthSum += settings.DepthOf(t.Channel);
                if (t.Channel is Channel.InPerson or Channel.Phone or Channel.VideoCall or Channel.Event)
                {
                    stats.SpokenTwoWayCount++;
                }

                if (t.OccurredAt > windowStart)
                {
                    stats.TwoWayInWindowCount++;
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

        return stats;
    }
}
