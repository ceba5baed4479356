using NetworkingCoach.Domain;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Reminders;

/// <summary>
/// Decides which reminders land in which ISO week, counted in the user's time zone, and which are
/// hidden because they were ticked off or snoozed. Pure: data, zone and clock in; a plan out.
/// </summary>
public sealed class WeekPlanner(UserCalendar calendar)
{
    public WeekPlanner(TimeZoneInfo zone, TimeProvider clock)
        : this(new UserCalendar(zone, clock))
    {
    }

    /// <summary>At most this many items per group are listed; a page of thousands helps no one and renders slowly.</summary>
    public const int MaxPerGroup = 50;

    private static readonly (ReminderKind Kind, string Title)[] s_groupTitles =
    [
        (ReminderKind.FollowUp, "Follow-ups due"),
        (ReminderKind.ThankYou, "Thank-yous owed"),
        (ReminderKind.Referral, "Referrals to contact or report back on"),
        (ReminderKind.Meeting, "Meetings this week"),
        (ReminderKind.Neglected, "Relationships to renew"),
    ];

    public TimeZoneInfo Zone => calendar.Zone;

    public UserCalendar Calendar => calendar;

    /// <summary>Today's date where the user is.</summary>
    public DateOnly Today => calendar.Today;

    public IsoWeek CurrentWeek => IsoWeek.Of(Today);

    /// <summary>The calendar day a UTC moment falls on in the user's zone.</summary>
    public DateOnly LocalDate(DateTime utc) => calendar.DateOf(utc);

    /// <summary>The UTC instant local midnight starts on <paramref name="day"/>.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => calendar.StartOfDayUtc(day);

    /// <summary>The week as UTC instants: from local Monday 00:00 to the next local Monday 00:00 (exclusive).</summary>
    public (DateTime FromUtc, DateTime ToUtc) UtcRange(IsoWeek week) => (StartOfDayUtc(week.Monday), StartOfDayUtc(week.Sunday.AddDays(1)));

    /// <summary>False when the item was ticked off (for this occurrence) or is snoozed past today.</summary>
    public bool IsVisible(ReminderItem item, ReminderState? state) => IsVisible(item.DueOn, state);

    /// <summary>False when the occurrence due on <paramref name="dueOn"/> was ticked off, or the item is snoozed past today.</summary>
    public bool IsVisible(DateOnly dueOn, ReminderState? state) => IsVisible(dueOn, state, Today);

    /// <summary>As <see cref="IsVisible(DateOnly, ReminderState?)"/>, judged as of <paramref name="asOf"/> (the end of a later week being looked at).</summary>
    public bool IsVisible(DateOnly dueOn, ReminderState? state, DateOnly asOf) =>
        state is null || !state.Hides(dueOn, asOf, LocalDate(state.At));

    /// <summary>The day visibility is judged on when looking at <paramref name="week"/>: today, or the last day of a later week, so a snoozed item shows in the week it comes back.</summary>
    public DateOnly VisibleAsOf(IsoWeek week) => week.Sunday > Today ? week.Sunday : Today;

    /// <summary>True when <paramref name="item"/> belongs in the week from <paramref name="monday"/> to <paramref name="sunday"/>: due in it or, for the current week, overdue (a past meeting is not overdue).</summary>
    public static bool Lands(DateOnly monday, DateOnly sunday, bool isCurrentWeek, ReminderItem item) =>
        (item.DueOn >= monday && item.DueOn <= sunday) || (isCurrentWeek && item.DueOn < monday && item.Kind != ReminderKind.Meeting);

    /// <summary>The group titles, in the order the groups are shown.</summary>
    public static IReadOnlyList<(ReminderKind Kind, string Title)> Groups => s_groupTitles;

    /// <summary>
    /// The order a group lists its items in: meetings by time; relationships to renew by value; the rest by due date,
    /// oldest first; what the user snoozed into the week ahead of the others. The key settles ties, so the order is total.
    /// </summary>
    public static IComparer<ReminderItem> OrderOf(ReminderKind kind) => kind switch
    {
        ReminderKind.Meeting => s_byTime,
        ReminderKind.Neglected => s_byValue,
        _ => s_byDueDate,
    };

    /// <summary>
    /// One group of a plan: the first of its items in list order, as many as <paramref name="asked"/> says (by default
    /// <see cref="MaxPerGroup"/>), never more than may be listed: relationships to renew stop at the weekly limit, and
    /// whatever came back from a snooze is always listed. Its counts cover every item.
    /// </summary>
    /// <param name="first">The first n items of the group, in list order.</param>
    public static ReminderGroup Group(
        ReminderKind kind, string title, int total, int backFromSnooze, int neglectedLimit, int? asked, Func<int, IReadOnlyList<ReminderItem>> first)
    {
        var listable = kind == ReminderKind.Neglected
            ? Math.Min(total, Math.Max(Math.Clamp(neglectedLimit, 0, MaxPerGroup), backFromSnooze))
            : total;
        var count = Math.Clamp(asked ?? Math.Max(MaxPerGroup, backFromSnooze), 0, listable);
        return new ReminderGroup(kind, title, first(count), total - count) { More = listable - count };
    }

    /// <summary>
    /// The plan for <paramref name="week"/> from a list of candidates: items due in it and, for the current week,
    /// everything overdue (meetings excepted: a past meeting is not overdue), less what was ticked off or snoozed,
    /// grouped as <see cref="Group"/> does. The app plans from the coach's week index the same way.
    /// </summary>
    public WeekPlan Plan(IsoWeek week, IEnumerable<ReminderItem> candidates, IReadOnlyDictionary<string, ReminderState> states, int neglectedLimit)
    {
        var asOf = VisibleAsOf(week);
        var isCurrent = week == CurrentWeek;
        var lands = candidates
            .Where(item => Lands(week.Monday, week.Sunday, isCurrent, item))
            .Where(item => IsVisible(item.DueOn, states.GetValueOrDefault(item.Key), asOf))
            .ToLookup(item => item.Kind);

        var groups = new List<ReminderGroup>(s_groupTitles.Length);
        foreach (var (kind, title) in s_groupTitles)
        {
            var ordered = lands[kind].Order(OrderOf(kind)).ToList();
            groups.Add(Group(kind, title, ordered.Count, ordered.Count(i => i.BackFromSnooze), neglectedLimit, null, count => ordered.Take(count).ToList()));
        }

        return new WeekPlan(week, isCurrent, Today, groups);
    }

    private static readonly IComparer<ReminderItem> s_byTime = Comparer<ReminderItem>.Create((a, b) =>
    {
        var c = Nullable.Compare(a.StartsAtUtc, b.StartsAtUtc);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    });

    private static readonly IComparer<ReminderItem> s_byValue = Comparer<ReminderItem>.Create((a, b) =>
    {
        var c = b.BackFromSnooze.CompareTo(a.BackFromSnooze);
        c = c != 0 ? c : b.Priority.CompareTo(a.Priority);
        c = c != 0 ? c : a.DueOn.CompareTo(b.DueOn);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    });

    private static readonly IComparer<ReminderItem> s_byDueDate = Comparer<ReminderItem>.Create((a, b) =>
    {
        var c = b.BackFromSnooze.CompareTo(a.BackFromSnooze);
        c = c != 0 ? c : a.DueOn.CompareTo(b.DueOn);
        c = c != 0 ? c : b.Priority.CompareTo(a.Priority);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    });
}
