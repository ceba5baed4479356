using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Dashboard;

/// <summary>Everything the dashboard shows, computed at one moment in the user's time zone.</summary>
public sealed record DashboardData
{
    /// <summary>No contacts at all: a brand-new database.</summary>
    public bool IsEmpty => ContactCount == 0 && ArchivedCount == 0;
    public int ContactCount { get; init; }
    public int ArchivedCount { get; init; }
    public IReadOnlyList<TierCount> Tiers { get; init; } = [];
    public int NeedingAttentionCount { get; init; }
    public int TouchpointsThisMonth { get; init; }
    public int TouchpointsLastMonth { get; init; }

    /// <summary>Asks and gives the user made in the last <see cref="DashboardService.WeeksShown"/> weeks.</summary>
    public int Asks { get; init; }
    public int Gives { get; init; }
    public int Meetings { get; init; }
    public int NamesGained { get; init; }
    public int NamesGoal { get; init; }
    public double? NamesPerMeeting => Meetings == 0 ? null : (double)NamesGained / Meetings;
    public IReadOnlyList<string> WeekLabels { get; init; } = [];
    public IReadOnlyList<ChannelSeries> TouchpointsPerWeek { get; init; } = [];
    public IReadOnlyList<MonthCount> ReferralsPerMonth { get; init; } = [];
    public IReadOnlyList<WeekGiveAsk> GiveAskPerWeek { get; init; } = [];
    public IReadOnlyList<AttentionItem> NeedsAttention { get; init; } = [];
    public TimeSpan Took { get; init; }
}

/// <summary>How many active contacts have a tie of this strength.</summary>
public sealed record TierCount(TieTier Tier, string Label, int Count);

/// <summary>One bar segment per week for one channel, oldest week first.</summary>
public sealed record ChannelSeries(Channel Channel, string Label, IReadOnlyList<LabelledCount> Points)
{
    public int Total => Points.Sum(p => p.Count);
}

/// <summary>A value on a category axis.</summary>
public sealed record LabelledCount(string Label, int Count);

/// <summary>A count for one calendar month, oldest first.</summary>
public sealed record MonthCount(DateOnly Month, string Label, int Count);

/// <summary>The user's asks (advice, job) and gives (help, introductions, thanks) in one week.</summary>
public sealed record WeekGiveAsk(string Label, int Asks, int Gives);

/// <summary>A contact that needs attention, with its most overdue flag and every flag key (for snoozing them together).</summary>
public sealed record AttentionItem(
    int ContactId,
    string Name,
    TieTier Tier,
    int Score,
    string Detail,
    string NextStep,
    DateOnly DueOn,
    int DaysOverdue,
    double Priority,
    IReadOnlyList<string> FlagKeys);
