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
    public const int MonthsOfGiveAsk = 6;
    public const int AttentionListSize = 15;

    private static readonly TieTier[] TierOrder = [TieTier.Strong, TieTier.Medium, TieTier.Weak, TieTier.Dormant];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Version, string Stamp, DashboardData Data)? _cached;

    public async Task<DashboardData> GetAsync(CancellationToken cancellationToken = default)
    {
        var version = changes.Version;
        var planner = await reminders.CreatePlannerAsync(cancellationToken);
        var stamp = planner.Today + "|" + planner.Zone.Id;
        if (_cached is { } hit && hit.Version == version && hit.Stamp == stamp)
        {
            return hit.Data;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.Version == version && again.Stamp == stamp)
            {
                return again.Data;
            }

            var data = await ComputeAsync(planner, cancellationToken);
            _cached = (version, stamp, data);
            return data;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DashboardData> ComputeAsync(WeekPlanner planner, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today;
        var snapshot = await coach.GetSnapshotAsync(cancellationToken);
        var coaching = await coach.LoadSettingsAsync(cancellationToken);
        var states = await reminders.LoadStatesAsync(cancellationToken);

        var tierCounts = new int[4];
        var attention = new List<AttentionItem>();
        var needing = 0;
        foreach (var assessment in snapshot.Assessments.Values)
        {
            tierCounts[(int)assessment.Tie.Tier]++;
            if (Attention(assessment, planner, today, states) is { } item)
            {
                needing++;
                attention.Add(item);
            }
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (active, archived) = await CountContactsAsync(db, cancellationToken);

        var weeks = Enumerable.Range(0, WeeksShown).Select(i => planner.CurrentWeek.Monday.AddDays(-7 * (WeeksShown - 1 - i))).Select(IsoWeek.Of).ToList();
        var weekLabels = weeks.Select(w => w.Monday.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var perWeek = await CountPerWeekAsync(db, planner, weeks, now, cancellationToken);

        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, MonthsOfGiveAsk).Select(i => thisMonth.AddMonths(i - (MonthsOfGiveAsk - 1))).ToList();
        var monthly = await CountPerMonthAsync(db, planner, months, now, cancellationToken);
        var askWindowFrom = planner.StartOfDayUtc(weeks[0].Monday);
        var (asks, gives, meetings, names) = await CountAsksGivesMeetingsAsync(db, askWindowFrom, now, cancellationToken);
        var referrals = await CountReferralsPerMonthAsync(db, thisMonth, cancellationToken);

        var top = attention.OrderByDescending(a => a.Priority).ThenBy(a => a.ContactId).Take(AttentionListSize).ToList();
        var ids = top.Select(a => a.ContactId).ToList();
        var names2 = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        return new DashboardData
        {
            ContactCount = active,
            ArchivedCount = archived,
            Tiers = TierOrder.Select(t => new TierCount(t, t.ToString(), tierCounts[(int)t])).ToList(),
            NeedingAttentionCount = needing,
            TouchpointsThisMonth = monthly[^1].Total,
            TouchpointsLastMonth = monthly[^2].Total,
            Asks = asks,
            Gives = gives,
            Meetings = meetings,
            NamesGained = names,
            NamesGoal = coaching.NamesGainedGoal,
            WeekLabels = weekLabels,
            TouchpointsPerWeek = Enum.GetValues<Channel>()
                .Select(channel => new ChannelSeries(channel, ChannelLabel(channel), weekLabels.Select((label, i) => new LabelledCount(label, perWeek[i, (int)channel])).ToList()))
                .Where(series => series.Total > 0)
                .ToList(),
            ReferralsPerMonth = referrals,
            GiveAskPerMonth = months.Select((m, i) => new MonthGiveAsk(m, MonthLabel(m), monthly[i].Asks, monthly[i].Gives)).ToList(),
            NeedsAttention = top.Select(a => a with { Name = names2.GetValueOrDefault(a.ContactId, "") }).ToList(),
            Took = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>The contact's most overdue warning, or null when nothing visible needs doing.</summary>
    private static AttentionItem? Attention(ContactAssessment assessment, WeekPlanner planner, DateOnly today, IReadOnlyDictionary<string, ReminderState> states)
    {
        CoachingFlag? worst = null;
        List<string>? keys = null;
        foreach (var flag in assessment.Flags)
        {
            var due = flag.DueOn ?? today;
            if (flag.Severity < FlagSeverity.Warning || !planner.IsVisible(due, states.GetValueOrDefault(flag.Key)))
            {
                continue;
            }

            (keys ??= []).Add(flag.Key);
            if (worst is null || due < (worst.DueOn ?? today))
            {
                worst = flag;
            }
        }

        if (worst is null)
        {
            return null;
        }

        var dueOn = worst.DueOn ?? today;
        var overdue = Math.Max(0, today.DayNumber - dueOn.DayNumber);
        return new AttentionItem(assessment.ContactId, "", assessment.Tie.Tier, assessment.Tie.Score, worst.Message, worst.SuggestedNextStep,
            dueOn, overdue, AttentionPriority.Of(assessment.Tie.Score, overdue), keys!);
    }

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

    /// <summary>Past touchpoints with active contacts per week (local Monday to Monday) and channel, counted by SQLite in one scan.</summary>
    private static async Task<int[,]> CountPerWeekAsync(AppDbContext db, WeekPlanner planner, List<IsoWeek> weeks, DateTime now, CancellationToken cancellationToken)
    {
        var bounds = weeks.Select(w => planner.StartOfDayUtc(w.Monday)).Append(planner.StartOfDayUtc(weeks[^1].Sunday.AddDays(1))).ToList();
        var counts = new int[weeks.Count, Enum.GetValues<Channel>().Length];
        var (sql, parameters) = BucketQuery(
            "SELECT {bucket}, t.Channel, count(*) FROM Touchpoints t JOIN Contacts c ON c.Id = t.ContactId WHERE c.IsArchived = 0 AND t.OccurredAt >= $b0 AND t.OccurredAt < $end GROUP BY 1, 2",
            bounds, Min(bounds[^1], now));
        await RawSql.ForEachAsync(db, sql, parameters, reader =>
        {
            var channel = reader.GetInt32(1);
            if (channel >= 0 && channel < counts.GetLength(1))
            {
                counts[reader.GetInt32(0), channel] += reader.GetInt32(2);
            }
        }, cancellationToken);
        return counts;
    }

    private static async Task<MonthTotals[]> CountPerMonthAsync(AppDbContext db, WeekPlanner planner, List<DateOnly> months, DateTime now, CancellationToken cancellationToken)
    {
        var bounds = months.Select(planner.StartOfDayUtc).Append(planner.StartOfDayUtc(months[^1].AddMonths(1))).ToList();
        var totals = new MonthTotals[months.Count];
        var (sql, parameters) = BucketQuery(
            """
            SELECT {bucket}, count(*),
                   coalesce(sum(t.Direction <> 1 AND t.Intent IN (1, 2)), 0),
                   coalesce(sum(t.Direction <> 1 AND t.Intent IN (3, 4, 5)), 0)
            FROM Touchpoints t JOIN Contacts c ON c.Id = t.ContactId
            WHERE c.IsArchived = 0 AND t.OccurredAt >= $b0 AND t.OccurredAt < $end GROUP BY 1
            """,
            bounds, Min(bounds[^1], now));
        await RawSql.ForEachAsync(db, sql, parameters, reader =>
            totals[reader.GetInt32(0)] = new MonthTotals(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)), cancellationToken);
        return totals;
    }

    private static async Task<(int Asks, int Gives, int Meetings, int Names)> CountAsksGivesMeetingsAsync(AppDbContext db, DateTime fromUtc, DateTime now, CancellationToken cancellationToken)
    {
        int asks = 0, gives = 0, meetings = 0, names = 0;
        var parameters = new Dictionary<string, object?> { ["$from"] = RawSql.Text(fromUtc), ["$now"] = RawSql.Text(now) };
        await RawSql.ForEachAsync(db,
            """
            SELECT coalesce(sum(t.Direction <> 1 AND t.Intent IN (1, 2)), 0),
                   coalesce(sum(t.Direction <> 1 AND t.Intent IN (3, 4, 5)), 0),
                   coalesce(sum(t.Intent = 6), 0)
            FROM Touchpoints t JOIN Contacts c ON c.Id = t.ContactId
            WHERE c.IsArchived = 0 AND t.OccurredAt >= $from AND t.OccurredAt <= $now
            """, parameters, reader =>
            {
                asks = reader.GetInt32(0);
                gives = reader.GetInt32(1);
                meetings = reader.GetInt32(2);
            }, cancellationToken);
        await RawSql.ForEachAsync(db,
            """
            SELECT count(*)
            FROM Referrals r JOIN Touchpoints t ON t.Id = r.SourceTouchpointId JOIN Contacts c ON c.Id = t.ContactId
            WHERE c.IsArchived = 0 AND t.Intent = 6 AND t.OccurredAt >= $from AND t.OccurredAt <= $now
            """, parameters, reader => names = reader.GetInt32(0), cancellationToken);
        return (asks, gives, meetings, names);
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

    /// <summary>Replaces {bucket} with a CASE that numbers the range [bounds[i], bounds[i+1]) a row's OccurredAt falls in.</summary>
    private static (string Sql, Dictionary<string, object?> Parameters) BucketQuery(string template, List<DateTime> bounds, DateTime end)
    {
        var parameters = new Dictionary<string, object?> { ["$end"] = RawSql.Text(end) };
        var bucket = new StringBuilder("CASE");
        for (var i = 0; i < bounds.Count; i++)
        {
            parameters["$b" + i] = RawSql.Text(bounds[i]);
            if (i > 0 && i < bounds.Count - 1)
            {
                bucket.Append(CultureInfo.InvariantCulture, $" WHEN t.OccurredAt < $b{i} THEN {i - 1}");
            }
        }

        bucket.Append(CultureInfo.InvariantCulture, $" ELSE {bounds.Count - 2} END");
        return (template.Replace("{bucket}", bucket.ToString(), StringComparison.Ordinal), parameters);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string ChannelLabel(Channel channel) => channel switch
    {
        Channel.InPerson => "In person",
        Channel.VideoCall => "Video call",
        _ => channel.ToString(),
    };

    private readonly record struct MonthTotals(int Total, int Asks, int Gives);
}
