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

    /// <summary>
    /// The plan for <paramref name="week"/>: items due in it and, for the current week, everything
    /// overdue (meetings excepted: a past meeting is not overdue). Relationships to renew are capped at
    /// <paramref name="neglectedLimit"/>, every other group at <see cref="MaxPerGroup"/>, the most pressing first.
    /// </summary>
    /// <param name="neglectedNotListed">Relationships to renew the caller already left out of <paramref name="candidates"/>; added to the group's hidden count.</param>
    public WeekPlan Plan(IsoWeek week, IEnumerable<ReminderItem> candidates, IReadOnlyDictionary<string, ReminderState> states, int neglectedLimit, int neglectedNotListed = 0)
    {
        var today = Today;
        var isCurrent = week == IsoWeek.Of(today);
        var asOf = VisibleAsOf(week);
        var lands = candidates
            .Where(item => week.Contains(item.DueOn) || (isCurrent && item.DueOn < week.Monday && item.Kind != ReminderKind.Meeting))
            .Where(item => IsVisible(item.DueOn, states.GetValueOrDefault(item.Key), asOf))
            .ToLookup(item => item.Kind);

        var groups = new List<ReminderGroup>(s_groupTitles.Length);
        foreach (var (kind, title) in s_groupTitles)
        {
            // Meetings by time; relationships to renew by value; the rest by due date, oldest first.
            var ordered = kind switch
            {
                ReminderKind.Meeting => lands[kind].OrderBy(i => i.StartsAtUtc).ThenBy(i => i.Key, StringComparer.Ordinal).ToList(),
                ReminderKind.Neglected => lands[kind].OrderByDescending(i => i.BackFromSnooze).ThenByDescending(i => i.Priority).ThenBy(i => i.DueOn).ThenBy(i => i.Key, StringComparer.Ordinal).ToList(),
                _ => lands[kind].OrderByDescending(i => i.BackFromSnooze).ThenBy(i => i.DueOn).ThenByDescending(i => i.Priority).ThenBy(i => i.Key, StringComparer.Ordinal).ToList(),
            };
            // What the user snoozed into this week is listed whatever the limit.
            var limit = Math.Max(kind == ReminderKind.Neglected ? Math.Min(neglectedLimit, MaxPerGroup) : MaxPerGroup, ordered.Count(i => i.BackFromSnooze));
            var hidden = 0;
            if (ordered.Count > limit)
            {
                hidden = ordered.Count - limit;
                ordered = ordered.Take(limit).ToList();
            }

            groups.Add(new ReminderGroup(kind, title, ordered, kind == ReminderKind.Neglected ? hidden + neglectedNotListed : hidden));
        }

        return new WeekPlan(week, isCurrent, today, groups);
    }
}
