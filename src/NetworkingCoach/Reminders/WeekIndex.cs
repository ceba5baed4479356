using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Reminders;

/// <summary>
/// Everything due in one week for everyone, each group kept in the order it is listed in, built from the coach's
/// snapshot and then kept current contact by contact: after a write only the contacts whose assessment or history
/// the snapshot replaced are looked at again, so a page of the week costs a walk over its first items, not a pass
/// over every contact and a sort of thousands. Names and summaries are not here; they are read for what is shown.
/// Not thread-safe: the owner serialises access.
/// </summary>
internal sealed class WeekIndex
{
    private static readonly Dictionary<string, ReminderKind> s_flagKinds = new()
    {
        ["neglected-relationship"] = ReminderKind.Neglected,
        ["thank-you-owed"] = ReminderKind.ThankYou,
        ["referral-follow-up"] = ReminderKind.Referral,
    };

    private readonly WeekPlanner _planner;
    private readonly IsoWeek _week;
    private readonly bool _isCurrent;
    private readonly DateOnly _today;
    private readonly DateOnly _firstDue;
    private readonly DateOnly _monday;
    private readonly DateOnly _sunday;
    private readonly DateOnly _asOf;
    private readonly SortedSet<ReminderItem>[] _groups;
    private readonly int[] _backFromSnooze;
    private readonly Dictionary<int, ReminderItem[]> _byContact = [];
    private CoachSnapshot _snapshot;

    private WeekIndex(WeekPlanner planner, IsoWeek week, CoachSnapshot snapshot)
    {
        _planner = planner;
        _week = week;
        _today = planner.Today;
        _isCurrent = week == IsoWeek.Of(_today);
        (_monday, _sunday) = (week.Monday, week.Sunday);
        _firstDue = _isCurrent ? DateOnly.MinValue : _monday;
        _asOf = planner.VisibleAsOf(week);
        var kinds = Enum.GetValues<ReminderKind>();
        _groups = kinds.Select(kind => new SortedSet<ReminderItem>(WeekPlanner.OrderOf(kind))).ToArray();
        _backFromSnooze = new int[kinds.Length];
        _snapshot = snapshot;
    }

    public IsoWeek Week => _week;

    public bool IsCurrentWeek => _isCurrent;

    public DateOnly Today => _today;

    /// <summary>True when the index reflects exactly <paramref name="snapshot"/>.</summary>
    public bool IsOf(CoachSnapshot snapshot) => ReferenceEquals(snapshot, _snapshot);

    /// <summary>Indexes <paramref name="week"/> from scratch.</summary>
    public static WeekIndex Build(WeekPlanner planner, IsoWeek week, CoachSnapshot snapshot, IReadOnlyDictionary<string, ReminderState> states)
    {
        var index = new WeekIndex(planner, week, snapshot);
        var withState = ContactsWithState(states);
        var now = planner.Calendar.ToLocal(snapshot.ComputedAtUtc);
        foreach (var (contactId, history) in snapshot.Histories)
        {
            index.Add(contactId, snapshot.For(contactId), history, states, withState, now);
        }

        foreach (var (contactId, assessment) in snapshot.Assessments)
        {
            if (!snapshot.Histories.ContainsKey(contactId))
            {
                index.Add(contactId, assessment, null, states, withState, now);
            }
        }

        return index;
    }

    /// <summary>
    /// Brings the index up to <paramref name="snapshot"/> by indexing again the contacts whose assessment or history it
    /// replaced (an incremental update keeps the others' objects). False when so much changed that building afresh is cheaper.
    /// </summary>
    public bool TryUpdate(CoachSnapshot snapshot, IReadOnlyDictionary<string, ReminderState> states)
    {
        if (ReferenceEquals(snapshot, _snapshot))
        {
            return true;
        }

        var old = _snapshot;
        var changed = new List<int>();
        var limit = snapshot.Histories.Count / 8 + 64;
        foreach (var (contactId, history) in snapshot.Histories)
        {
            if (!ReferenceEquals(old.Histories.GetValueOrDefault(contactId), history)
                || !ReferenceEquals(old.Assessments.GetValueOrDefault(contactId), snapshot.Assessments.GetValueOrDefault(contactId)))
            {
                changed.Add(contactId);
                if (changed.Count > limit)
                {
                    return false;
                }
            }
        }

        // Contacts gone from the snapshot (archived, deleted) leave the list.
        changed.AddRange(_byContact.Keys.Where(id => !snapshot.Histories.ContainsKey(id) && !snapshot.Assessments.ContainsKey(id)));
        var withState = ContactsWithState(states);
        var now = _planner.Calendar.ToLocal(snapshot.ComputedAtUtc);
        foreach (var contactId in changed)
        {
            Remove(contactId);
            if (snapshot.Histories.TryGetValue(contactId, out var history) || snapshot.Assessments.ContainsKey(contactId))
            {
                Add(contactId, snapshot.For(contactId), history, states, withState, now);
            }
        }

        _snapshot = snapshot;
        return true;
    }

    /// <summary>How many of the kind are due and visible.</summary>
    public int Total(ReminderKind kind) => _groups[(int)kind].Count;

    /// <summary>How many of the kind the user snoozed into this week.</summary>
    public int BackFromSnooze(ReminderKind kind) => _backFromSnooze[(int)kind];

    /// <summary>The first <paramref name="count"/> items of the kind, in list order (names and summaries not yet filled in).</summary>
    public List<ReminderItem> First(ReminderKind kind, int count) => _groups[(int)kind].Take(count).ToList();

    private void Add(int contactId, ContactAssessment? assessment, RelationshipHistory? history, IReadOnlyDictionary<string, ReminderState> states, HashSet<int> withState, DateTime now)
    {
        var items = new List<ReminderItem>();
        if (assessment is not null)
        {
            AddFlags(assessment, items);
        }

        if (history is not null)
        {
            AddFollowUps(history, assessment?.Tie.Score ?? 0, now, items);
            AddMeetings(history, items);
        }

        var hasState = withState.Contains(contactId);
        var kept = new List<ReminderItem>(items.Count);
        foreach (var item in items)
        {
            if (WeekPlanner.Lands(_monday, _sunday, _isCurrent, item) && (!hasState || _planner.IsVisible(item.DueOn, states.GetValueOrDefault(item.Key), _asOf))
                && _groups[(int)item.Kind].Add(item))
            {
                kept.Add(item);
                _backFromSnooze[(int)item.Kind] += item.BackFromSnooze ? 1 : 0;
            }
        }

        if (kept.Count > 0)
        {
            _byContact[contactId] = [.. kept];
        }
    }

    private void Remove(int contactId)
    {
        if (!_byContact.Remove(contactId, out var items))
        {
            return;
        }

        foreach (var item in items)
        {
            _groups[(int)item.Kind].Remove(item);
            _backFromSnooze[(int)item.Kind] -= item.BackFromSnooze ? 1 : 0;
        }
    }

    private void AddFlags(ContactAssessment assessment, List<ReminderItem> items)
    {
        // Snoozed flags carry the day they come back, so a later week lists them then.
        foreach (var flag in _isCurrent ? assessment.Flags : assessment.Flags.Concat(assessment.Snoozed))
        {
            if (flag.DueOn is not { } due || due < _firstDue || due > _sunday || flag.ContactId is null
                || !s_flagKinds.TryGetValue(flag.RuleId, out var kind))
            {
                continue;
            }

            items.Add(new ReminderItem
            {
                Key = flag.Key,
                Kind = kind,
                ContactId = assessment.ContactId,
                Detail = flag.Message,
                NextStep = flag.SuggestedNextStep,
                DueOn = due,
                TouchpointId = flag.TouchpointId,
                ReferralId = flag.ReferralId,
                Priority = AttentionPriority.Of(assessment.Tie.Score, _today.DayNumber - due.DayNumber),
                // What the user chose to bring back in this week is listed first, whatever its rank.
                BackFromSnooze = !_isCurrent && assessment.Snoozed.Contains(flag),
            });
        }
    }

    /// <summary>
    /// A follow-up is pending until anything else is logged with that contact after it, so only the end of a history
    /// (sorted by time) can hold one: touchpoints still ahead of <paramref name="now"/>, then those at the latest moment up to it.
    /// </summary>
    private void AddFollowUps(RelationshipHistory history, int score, DateTime now, List<ReminderItem> items)
    {
        var touchpoints = history.Touchpoints;
        DateTime? latestPast = null;
        for (var i = touchpoints.Count - 1; i >= 0; i--)
        {
            var t = touchpoints[i];
            if (t.OccurredAt <= now)
            {
                if (latestPast is { } latest && t.OccurredAt < latest)
                {
                    break;
                }

                latestPast = t.OccurredAt;
            }

            if (t.FollowUpOn is { } due && due >= _firstDue && due <= _sunday)
            {
                items.Add(new ReminderItem
                {
                    Key = ReminderItem.FollowUpKey(history.ContactId, t.Id),
                    Kind = ReminderKind.FollowUp,
                    ContactId = history.ContactId,
                    Detail = FollowUpDetail(null),
                    DueOn = due,
                    TouchpointId = t.Id,
                    Priority = AttentionPriority.Of(score, _today.DayNumber - due.DayNumber),
                });
            }
        }
    }

    private void AddMeetings(RelationshipHistory history, List<ReminderItem> items)
    {
        var (weekStart, weekEnd) = (_monday.ToDateTime(TimeOnly.MinValue), _sunday.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var touchpoints = history.Touchpoints;
        for (var i = touchpoints.Count - 1; i >= 0 && touchpoints[i].OccurredAt >= weekStart; i--)
        {
            var t = touchpoints[i];
            if (t.Intent != TouchpointIntent.Meeting || t.OccurredAt >= weekEnd)
            {
                continue;
            }

            items.Add(new ReminderItem
            {
                Key = ReminderItem.MeetingKey(history.ContactId, t.Id),
                Kind = ReminderKind.Meeting,
                ContactId = history.ContactId,
                Detail = t.HasPurpose && t.HasAgenda ? "Purpose and agenda are written down."
                    : !t.HasPurpose && !t.HasAgenda ? "No purpose or agenda yet."
                    : !t.HasPurpose ? "No purpose yet." : "No agenda yet.",
                NextStep = t.HasPurpose && t.HasAgenda ? null : "Write what you want to learn and three or four agenda points; ask for information, advice and names, not a job.",
                DueOn = DateOnly.FromDateTime(t.OccurredAt),
                TouchpointId = t.Id,
                // Wall-clock time back to UTC for the order; the stored instant replaces it once listed.
                StartsAtUtc = _planner.Calendar.ToUtc(t.OccurredAt),
                HasPurpose = t.HasPurpose,
                HasAgenda = t.HasAgenda,
            });
        }
    }

    /// <summary>What a follow-up asks for, from the touchpoint's summary when there is one.</summary>
    public static string FollowUpDetail(string? summary) =>
        string.IsNullOrWhiteSpace(summary) ? "Follow up on your last conversation." : $"Follow up on: {summary.Trim()}";

    private static HashSet<int> ContactsWithState(IReadOnlyDictionary<string, ReminderState> states) =>
        states.Keys.Select(ReminderItem.ContactOf).OfType<int>().ToHashSet();
}
