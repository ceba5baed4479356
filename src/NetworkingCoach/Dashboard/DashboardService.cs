using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Dashboard;

/// <summary>
/// Network health for the home page: tier counts and who needs attention from the coach's cached
/// snapshot, everything else from SQL aggregates. Cached until the data changes or the day turns.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<AppDbContext> factory,
    CoachService coach,
    ReminderService reminders,
    DataChangeCounter changes,
    TimeProvider clock)
{
    public const int WeeksShown = 12;
    public const int MonthsOfReferrals = 12;
    public const int AttentionListSize = 15;

    private static readonly TieTier[] TierOrder = [TieTier.Strong, TieTier.Medium, TieTier.Weak, TieTier.Dormant];
    private readonly ChangeAwareCache<DashboardData> _cache = new(changes);

    public async Task<DashboardData> GetAsync(CancellationToken cancellationToken = default)
    {
        var planner = await reminders.CreatePlannerAsync(cancellationToken);
        return await _cache.GetOrCreateAsync(planner.Today + "|" + planner.Zone.Id, token => ComputeAsync(planner, token), cancellationToken);
    }

    private async Task<DashboardData> ComputeAsync(WeekPlanner planner, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today;
        var snapshot = await coach.GetSnapshotAsync(cancellationToken);
        var coaching = await coach.LoadSettingsAsync(cancellationToken);
        var tierCounts = new int[4];
        var needing = 0;
        var best = new PriorityQueue<AttentionItem, (double Priority, int NegatedId)>(AttentionListSize + 1);
        foreach (var assessment in snapshot.Assessments.Values)
        {
            tierCounts[(int)assessment.Tie.Tier]++;
            // The snapshot's flags already leave out what the user ticked off or snoozed.
            if (Attention(assessment, today) is { } item)
            {
                needing++;
                best.Enqueue(item, (item.Priority, -item.ContactId));
                if (best.Count > AttentionListSize)
                {
                    best.Dequeue();
                }
            }
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (active, archived) = await CountContactsAsync(db, cancellationToken);

        var weeks = Enumerable.Range(0, WeeksShown).Select(i => planner.CurrentWeek.Monday.AddDays(-7 * (WeeksShown - 1 - i))).Select(IsoWeek.Of).ToList();
        var weekLabels = weeks.Select(w => w.Monday.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = new List<DateOnly> { thisMonth.AddMonths(-1), thisMonth };
        var scan = await ScanRecentAsync(db, planner, weeks, months, now, cancellationToken);
        var referrals = await CountReferralsPerMonthAsync(db, thisMonth, cancellationToken);

        var top = best.UnorderedItems.Select(e => e.Element).OrderByDescending(a => a.Priority).ThenBy(a => a.ContactId).ToList();
        var ids = top.Select(a => a.ContactId).ToList();
        var contactNames = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        return new DashboardData
        {
            ContactCount = active,
            ArchivedCount = archived,
            Tiers = TierOrder.Select(t => new TierCount(t, t.ToString(), tierCounts[(int)t])).ToList(),
            NeedingAttentionCount = needing,
            TouchpointsThisMonth = scan.PerMonth[^1].Total,
            TouchpointsLastMonth = scan.PerMonth[^2].Total,
            Asks = scan.Asks,
            Gives = scan.Gives,
            Meetings = scan.Meetings,
            NamesGained = scan.NamesGained,
            NamesGoal = coaching.NamesGainedGoal,
            WeekLabels = weekLabels,
            TouchpointsPerWeek = Enum.GetValues<Channel>()
                .Select(channel => new ChannelSeries(channel, ChannelLabel(channel), weekLabels.Select((label, i) => new LabelledCount(label, scan.PerWeek[i, (int)channel])).ToList()))
                .Where(series => series.Total > 0)
                .ToList(),
            ReferralsPerMonth = referrals,
            GiveAskPerWeek = weekLabels.Select((label, i) => new WeekGiveAsk(label, scan.AsksPerWeek[i], scan.GivesPerWeek[i])).ToList(),
            NeedsAttention = top.Select(a => a with
            {
                Name = contactNames.GetValueOrDefault(a.ContactId, ""),
                FlagKeys = snapshot.For(a.ContactId)!.Flags.Where(f => f.Severity >= FlagSeverity.Warning).Select(f => f.Key).ToList(),
            }).ToList(),
            Took = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>
    /// The contact's most overdue visible warning, or null when nothing needs doing. <paramref name="states"/> is
    /// null when the contact has no tick-off or snooze stored; flag keys (built on each read) are only made then.
    /// </summary>
    private static AttentionItem? Attention(ContactAssessment assessment, DateOnly today)
    {
        CoachingFlag? worst = null;
        var worstDue = DateOnly.MaxValue;
        foreach (var flag in assessment.Flags)
        {
            var due = flag.DueOn ?? today;
            if (flag.Severity < FlagSeverity.Warning)
            {
                continue;
            }

            if (due < worstDue)
            {
                worst = flag;
                worstDue = due;
            }
        }

        if (worst is null)
        {
            return null;
        }

        var overdue = Math.Max(0, today.DayNumber - worstDue.DayNumber);
        return new AttentionItem(assessment.ContactId, "", assessment.Tie.Tier, assessment.Tie.Score, worst.Message, worst.SuggestedNextStep,
            worstDue, overdue, AttentionPriority.Of(assessment.Tie.Score, overdue), []);
    }

    /// <summary>Keys of the contact's visible warnings, to snooze them together.</summary>
    private static async Task<(int Active, int Archived)> CountContactsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        int active = 0, archived = 0;
        await RawSql.ForEachAsync(db, "SELECT IsArchived, count(*) FROM Contacts GROUP BY IsArchived", new Dictionary<string, object?>(), reader =>
        {
            if (reader.GetBoolean(0))
            {
                archived = reader.GetInt32(1);
            }
            else
            {
                active = reader.GetInt32(1);
            }
        }, cancellationToken);
        return (active, archived);
    }

    /// <summary>
    /// One range scan over the past touchpoints of active contacts in the weeks shown (which always reach back
    /// past the start of last month), grouped by week (local Monday to Monday), month, channel and kind
    /// (ask, give, meeting, other).
    /// </summary>
    private static async Task<RecentScan> ScanRecentAsync(AppDbContext db, WeekPlanner planner, List<IsoWeek> weeks, List<DateOnly> months, DateTime now, CancellationToken cancellationToken)
    {
        var weekBounds = weeks.Select(w => planner.StartOfDayUtc(w.Monday)).ToList();
        var monthBounds = months.Select(planner.StartOfDayUtc).ToList();
        var from = weekBounds[0] < monthBounds[0] ? weekBounds[0] : monthBounds[0];
        var parameters = new Dictionary<string, object?> { ["$from"] = RawSql.Text(from), ["$now"] = RawSql.Text(now) };
        var sql = $"""
            SELECT {Buckets("w", weekBounds, parameters)}, {Buckets("m", monthBounds, parameters)}, t.Channel,
                   CASE WHEN t.Intent = {(int)TouchpointIntent.Meeting} THEN 3
                        WHEN t.Direction = {(int)Direction.TheyReachedOut} THEN 0
                        WHEN t.Intent IN ({(int)TouchpointIntent.AdviceRequest}, {(int)TouchpointIntent.JobAsk}) THEN 1
                        WHEN t.Intent IN ({(int)TouchpointIntent.OfferHelp}, {(int)TouchpointIntent.Introduction}, {(int)TouchpointIntent.ThankYou}) THEN 2
                        ELSE 0 END,
                   count(*),
                   coalesce(sum(CASE WHEN t.Intent = {(int)TouchpointIntent.Meeting} THEN (SELECT count(*) FROM Referrals r WHERE r.SourceTouchpointId = t.Id) END), 0)
            FROM Touchpoints t
            WHERE t.OccurredAt >= $from AND t.OccurredAt <= $now AND t.ContactId NOT IN (SELECT Id FROM Contacts WHERE IsArchived = 1)
            GROUP BY 1, 2, 3, 4
            """;
        var perWeek = new int[weeks.Count, Enum.GetValues<Channel>().Length];
        var perMonth = new MonthTotals[months.Count];
        var asksPerWeek = new int[weeks.Count];
        var givesPerWeek = new int[weeks.Count];
        int meetings = 0, names = 0;
        await RawSql.ForEachAsync(db, sql, parameters, reader =>
        {
            var (week, month, channel, kind, count) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
            var referrals = reader.GetInt32(5);
            if (month >= 0)
            {
                var totals = perMonth[month];
                perMonth[month] = new MonthTotals(totals.Total + count);
            }

            if (week >= 0)
            {
                if (channel >= 0 && channel < perWeek.GetLength(1))
                {
                    perWeek[week, channel] += count;
                }

                asksPerWeek[week] += kind == 1 ? count : 0;
                givesPerWeek[week] += kind == 2 ? count : 0;
                meetings += kind == 3 ? count : 0;
                names += referrals;
            }
        }, cancellationToken);
        return new RecentScan(perWeek, perMonth, asksPerWeek, givesPerWeek, meetings, names);
    }

    private static async Task<List<MonthCount>> CountReferralsPerMonthAsync(AppDbContext db, DateOnly thisMonth, CancellationToken cancellationToken)
    {
        var first = thisMonth.AddMonths(1 - MonthsOfReferrals);
        var counts = new Dictionary<string, int>();
        await RawSql.ForEachAsync(db,
            "SELECT substr(SuggestedOn, 1, 7), count(*) FROM Referrals WHERE SuggestedOn >= $first AND SuggestedOn < $end GROUP BY 1",
            new Dictionary<string, object?> { ["$first"] = RawSql.Text(first), ["$end"] = RawSql.Text(thisMonth.AddMonths(1)) },
            reader => counts[reader.GetString(0)] = reader.GetInt32(1), cancellationToken);
        return Enumerable.Range(0, MonthsOfReferrals)
            .Select(i => first.AddMonths(i))
            .Select(m => new MonthCount(m, MonthLabel(m), counts.GetValueOrDefault(m.ToString("yyyy-MM", CultureInfo.InvariantCulture))))
            .ToList();
    }

    /// <summary>A CASE numbering the range [bounds[i], bounds[i+1]) OccurredAt falls in; -1 before the first bound.</summary>
    private static string Buckets(string prefix, List<DateTime> bounds, Dictionary<string, object?> parameters)
    {
        var bucket = new StringBuilder("CASE");
        for (var i = 0; i < bounds.Count; i++)
        {
            parameters[$"${prefix}{i}"] = RawSql.Text(bounds[i]);
            bucket.Append(CultureInfo.InvariantCulture, $" WHEN t.OccurredAt < ${prefix}{i} THEN {i - 1}");
        }

        return bucket.Append(CultureInfo.InvariantCulture, $" ELSE {bounds.Count - 1} END").ToString();
    }

    private static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string ChannelLabel(Channel channel) => channel switch
    {
        Channel.InPerson => "In person",
        Channel.VideoCall => "Video call",
        _ => channel.ToString(),
    };

    private readonly record struct MonthTotals(int Total);

    private sealed record RecentScan(int[,] PerWeek, MonthTotals[] PerMonth, int[] AsksPerWeek, int[] GivesPerWeek, int Meetings, int NamesGained)
    {
        public int Asks => AsksPerWeek.Sum();

        public int Gives => GivesPerWeek.Sum();
    }
}
