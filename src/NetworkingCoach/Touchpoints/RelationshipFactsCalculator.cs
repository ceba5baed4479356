using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Touchpoints;

/// <summary>Computes <see cref="RelationshipFacts"/> from touchpoints; a pure function of its inputs and the given time.</summary>
public static class RelationshipFactsCalculator
{
    /// <summary>The window "touchpoints in the last 12 months" counts from, inclusive.</summary>
    public static DateTime WindowStart(DateTime nowUtc) => nowUtc.AddMonths(-12);

    public static RelationshipFacts Calculate(IEnumerable<TouchpointFact> touchpoints, DateTime nowUtc)
    {
        var all = touchpoints.ToList();
        if (all.Count == 0)
        {
            return RelationshipFacts.None;
        }

        var windowStart = WindowStart(nowUtc);
        return new RelationshipFacts(
            TotalTouchpoints: all.Count,
            FirstTouchpointAt: all.Min(t => t.OccurredAt),
            LastTouchpointAt: all.Max(t => t.OccurredAt),
            LastTwoWayExchangeAt: LatestWhere(all, t => t.IsTwoWay),
            TouchpointsLast12Months: all.Count(t => t.OccurredAt >= windowStart),
            Asks: all.Count(t => t.IsAsk),
            JobAsks: all.Count(t => t.IsAsk && t.Intent == TouchpointIntent.JobAsk),
            Gives: all.Count(t => t.IsGive),
            Meetings: all.Count(t => t.Intent == TouchpointIntent.Meeting),
            LastAskAt: LatestWhere(all, t => t.IsAsk),
            LastGiveAt: LatestWhere(all, t => t.IsGive));
    }

    private static DateTime? LatestWhere(List<TouchpointFact> all, Func<TouchpointFact, bool> predicate) =>
        all.Where(predicate).Select(t => (DateTime?)t.OccurredAt).Max();
}
