using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Dashboard;

/// <summary>
/// Network health for the home page, read from the coach's snapshot (tiers, who needs attention, and activity from
/// the histories it keeps current); only the archived count comes from the store. Cached until the data changes or the day turns.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<AppDbContext> factory,
    CoachService coach,
    ReminderService reminders,
    DataChangeCounter changes)
{
    public const int WeeksShown = 12;
    public const int MonthsOfReferrals = 12;
    public const int AttentionListSize = 15;

    private static readonly TieTier[] s_tierOrder = [TieTier.Strong, TieTier.Medium, TieTier.Weak, TieTier.Dormant];
    private readonly ChangeAwareCache<DashboardData> _cache = new(changes);

    public async Task<DashboardData> GetAsync(CancellationToken cancellationToken = default)
    {
        var planner = await reminders.CreatePlannerAsync(cancellationToken);
        return await _cache.GetOrCreateAsync(planner.Today + "|" + planner.Zone.Id, token => ComputeAsync(planner, token), cancellationToken);
    }

    private async Task<DashboardData> ComputeAsync(WeekPlanner planner, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
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

        // Activity comes from the histories the snapshot was judged from (kept current write by write), not from SQL.
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var active = snapshot.Assessments.Count;
        var archived = await CountArchivedAsync(db, cancellationToken);

        var weeks = Enumerable.Range(0, WeeksShown).Select(i => planner.CurrentWeek.Monday.AddDays(-7 * (WeeksShown - 1 - i))).Select(IsoWeek.Of).ToList();
        var weekLabels = weeks.Select(w => w.Monday.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var scan = ScanRecent(snapshot, weeks[0].Monday, thisMonth.AddMonths(-1), thisMonth, planner.Calendar.LocalNow);
        var referrals = CountReferralsPerMonth(snapshot, thisMonth);

        var top = best.UnorderedItems.Select(e => e.Element).OrderByDescending(a => a.Priority).ThenBy(a => a.ContactId).ToList();
        var ids = top.Select(a => a.ContactId).ToList();
        var contactNames = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

        return new DashboardData
        {
            ContactCount = active,
            ArchivedCount = archived,
            Tiers = s_tierOrder.Select(t => new TierCount(t, t.ToString(), tierCounts[(int)t])).ToList(),
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

    private static async Task<int> CountArchivedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var archived = 0;
        await RawSql.ForEachAsync(db, "SELECT count(*) FROM Contacts WHERE IsArchived = 1", new Dictionary<string, object?>(), reader => archived = reader.GetInt32(0), cancellationToken);
        return archived;
    }

    /// <summary>
    /// The active contacts' past touchpoints in the weeks shown (which always reach back past the start of last
    /// month), counted by week (the user's Monday to Monday), month, channel and kind (ask, give, meeting, other).
    /// Each history is sorted by time, so only its recent end is read.
    /// </summary>
    private static RecentScan ScanRecent(CoachSnapshot snapshot, DateOnly firstMonday, DateOnly lastMonth, DateOnly thisMonth, DateTime wallNow)
    {
        var first = firstMonday < lastMonth ? firstMonday : lastMonth;
        var from = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var perWeek = new int[WeeksShown, Enum.GetValues<Channel>().Length];
        var perMonth = new MonthTotals[2];
        var asksPerWeek = new int[WeeksShown];
        var givesPerWeek = new int[WeeksShown];
        int meetings = 0, names = 0;
        foreach (var history in snapshot.Histories.Values)
        {
            var touchpoints = history.Touchpoints;
            for (var i = touchpoints.Count - 1; i >= 0 && touchpoints[i].OccurredAt >= from; i--)
            {
                var t = touchpoints[i];
                if (t.OccurredAt > wallNow)
                {
                    continue;
                }

                var day = DateOnly.FromDateTime(t.OccurredAt);
                if (day >= lastMonth)
                {
                    var month = day >= thisMonth ? 1 : 0;
                    perMonth[month] = new MonthTotals(perMonth[month].Total + 1);
                }

                if (day < firstMonday)
                {
                    continue;
                }

                var week = Math.Min((day.DayNumber - firstMonday.DayNumber) / 7, WeeksShown - 1);
                if ((int)t.Channel >= 0 && (int)t.Channel < perWeek.GetLength(1))
                {
                    perWeek[week, (int)t.Channel]++;
                }

                switch (Kind(t))
                {
                    case ActivityKind.Ask:
                        asksPerWeek[week]++;
                        break;
                    case ActivityKind.Give:
                        givesPerWeek[week]++;
                        break;
                    case ActivityKind.Meeting:
                        meetings++;
                        names += t.NamesGained;
                        break;
                }
            }
        }

        return new RecentScan(perWeek, perMonth, asksPerWeek, givesPerWeek, meetings, names);
    }

    private static ActivityKind Kind(TouchpointFact t) =>
        t.Intent == TouchpointIntent.Meeting ? ActivityKind.Meeting
        : t.Direction == Direction.TheyReachedOut ? ActivityKind.Other
        : t.Intent is TouchpointIntent.AdviceRequest or TouchpointIntent.JobAsk ? ActivityKind.Ask
        : t.Intent is TouchpointIntent.OfferHelp or TouchpointIntent.Introduction or TouchpointIntent.ThankYou ? ActivityKind.Give
        : ActivityKind.Other;

    /// <summary>Introductions suggested per month, each counted once, where at least one side is an active contact.</summary>
    private static List<MonthCount> CountReferralsPerMonth(CoachSnapshot snapshot, DateOnly thisMonth)
    {
        var first = thisMonth.AddMonths(1 - MonthsOfReferrals);
        var end = thisMonth.AddMonths(1);
        var counts = new int[MonthsOfReferrals];
        foreach (var history in snapshot.Histories.Values)
        {
            foreach (var referral in history.ReferralsGiven)
            {
                Count(referral);
            }

            foreach (var referral in history.ReferralsReceived)
            {
                // Counted with the referrer unless the referrer is archived (and so has no history here).
                if (!snapshot.Histories.ContainsKey(referral.ReferrerId))
                {
                    Count(referral);
                }
            }
        }

        return Enumerable.Range(0, MonthsOfReferrals)
            .Select(i => first.AddMonths(i))
            .Select((m, i) => new MonthCount(m, MonthLabel(m), counts[i]))
            .ToList();

        void Count(ReferralFact referral)
        {
            if (referral.SuggestedOn >= first && referral.SuggestedOn < end)
            {
                counts[(referral.SuggestedOn.Year - first.Year) * 12 + referral.SuggestedOn.Month - first.Month]++;
            }
        }
    }

    private static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string ChannelLabel(Channel channel) => channel switch
    {
        Channel.InPerson => "In person",
        Channel.VideoCall => "Video call",
        _ => channel.ToString(),
    };

    private readonly record struct MonthTotals(int Total);

    private enum ActivityKind
    {
        Other,
        Ask,
        Give,
        Meeting,
    }

    private sealed record RecentScan(int[,] PerWeek, MonthTotals[] PerMonth, int[] AsksPerWeek, int[] GivesPerWeek, int Meetings, int NamesGained)
    {
        public int Asks => AsksPerWeek.Sum();

        public int Gives => GivesPerWeek.Sum();
    }
}
