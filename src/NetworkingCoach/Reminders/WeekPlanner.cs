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

    /// <summary>True when <paramref name="item"/> belongs in <paramref name="week"/>: due in it or, for the current week, overdue (a past meeting is not overdue).</summary>
    public bool Lands(IsoWeek week, ReminderItem item) => Lands(week.Monday, week.Sunday, week == CurrentWeek, item);

    /// <summary>As <see cref="Lands(IsoWeek, ReminderItem)"/>, for a week given by its first and last day.</summary>
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

    /// <summary>How many of a group may be listed: relationships to renew up to the weekly limit, and whatever came back from a snooze.</summary>
    public static int Listable(ReminderKind kind, int total, int backFromSnooze, int neglectedLimit) =>
        kind == ReminderKind.Neglected ? Math.Min(total, Math.Max(Math.Max(neglectedLimit, 0), backFromSnooze)) : total;

    /// <summary>How many of a group a plan lists when the caller names no number: <see cref="MaxPerGroup"/>, and whatever came back from a snooze.</summary>
    public static int DefaultShown(int backFromSnooze) => Math.Max(MaxPerGroup, backFromSnooze);

    /// <summary>
    /// The plan for <paramref name="week"/>: items due in it and, for the current week, everything
    /// overdue (meetings excepted: a past meeting is not overdue). Relationships to renew are capped at
    /// <paramref name="neglectedLimit"/>, every group at <see cref="MaxPerGroup"/>, the most pressing first.
    /// </summary>
    /// <param name="neglectedNotListed">Relationships to renew the caller already left out of <paramref name="candidates"/>; added to the group's hidden count.</param>
    public WeekPlan Plan(IsoWeek week, IEnumerable<ReminderItem> candidates, IReadOnlyDictionary<string, ReminderState> states, int neglectedLimit, int neglectedNotListed = 0)
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
            var back = ordered.Count(i => i.BackFromSnooze);
            var listable = Listable(kind, ordered.Count, back, Math.Min(neglectedLimit, MaxPerGroup));
            var shown = Math.Min(DefaultShown(back), listable);
            groups.Add(new ReminderGroup(kind, title, ordered.Take(shown).ToList(), ordered.Count - shown + (kind == ReminderKind.Neglected ? neglectedNotListed : 0))
            {
                More = listable - shown,
            });
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
