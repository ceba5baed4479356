using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Reminders;

/// <summary>
/// The weekly follow-up list: gathers due follow-ups, coaching flags and meetings, and stores tick-offs
/// (which log a touchpoint) and snoozes as <see cref="ReminderState"/> rows so they survive restarts.
/// </summary>
public sealed class ReminderService(
    IDbContextFactory<AppDbContext> factory,
    SettingsService settings,
    CoachService coach,
    DataChangeCounter changes,
    UserCalendarSource calendars,
    TimeProvider clock,
    ILogger<ReminderService> logger)
{
    private static readonly Dictionary<string, ReminderKind> FlagKinds = new()
    {
        ["neglected-relationship"] = ReminderKind.Neglected,
        ["thank-you-owed"] = ReminderKind.ThankYou,
        ["referral-follow-up"] = ReminderKind.Referral,
    };

    private readonly ChangeAwareCache<WeekPlan> _plans = new(changes);

    /// <summary>A planner in the user's time zone.</summary>
    public async Task<WeekPlanner> CreatePlannerAsync(CancellationToken cancellationToken = default) =>
        new(await calendars.GetAsync(cancellationToken));

    /// <summary>The plan for a week (the current one by default), cached until the data changes or the day turns.</summary>
    public async Task<WeekPlan> GetWeekAsync(IsoWeek? week = null, CancellationToken cancellationToken = default)
    {
        var preferences = await settings.LoadAsync<PreferenceSettings>(cancellationToken);
        var planner = new WeekPlanner(await calendars.GetAsync(cancellationToken));
        var target = week ?? planner.CurrentWeek;
        var cacheKey = $"{target}|{planner.Today}|{planner.Zone.Id}|{preferences.WeeklyRenewLimit}";
        return await _plans.GetOrCreateAsync(cacheKey, token => BuildPlanAsync(planner, target, preferences.WeeklyRenewLimit, token), cancellationToken);
    }

    /// <summary>Every stored tick-off and snooze, by item key.</summary>
    public async Task<Dictionary<string, ReminderState>> LoadStatesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ReminderStates.AsNoTracking().ToDictionaryAsync(s => s.ItemKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The channel a tick-off offers first: the one last used with the contact, or email.</summary>
    public async Task<Channel> DefaultChannelAsync(int contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await LastChannelAsync(db, contactId, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>
    /// Marks the item done and logs what was done as a touchpoint with the contact, by <paramref name="channel"/>
    /// (the last one used with them when not given); a meeting is already logged, so ticking it off only marks it.
    /// A referral moves on to contacted or reported back. <see cref="UndoTickOffAsync"/> takes it all back.
    /// </summary>
    public async Task TickOffAsync(ReminderItem item, Channel? channel = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = (await CreatePlannerAsync(cancellationToken)).Today;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var how = channel ?? await LastChannelAsync(db, item.ContactId, now, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Contacts.AnyAsync(c => c.Id == item.ContactId, cancellationToken))
        {
            throw new ContactNotFoundException(item.ContactId);
        }

        Touchpoint? logged = null;
        if (item.Kind != ReminderKind.Meeting)
        {
            logged = new Touchpoint
            {
                ContactId = item.ContactId,
                OccurredAt = now,
                Channel = how,
                Direction = Direction.IReachedOut,
                Intent = item.Kind == ReminderKind.ThankYou ? TouchpointIntent.ThankYou : TouchpointIntent.KeepInTouch,
                Summary = SummaryFor(item),
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Touchpoints.Add(logged);
        }

        if (item.Kind == ReminderKind.Referral && item.ReferralId is { } referralId
            && await db.Referrals.FindAsync([referralId], cancellationToken) is { } referral)
        {
            if (referral.Status == ReferralStatus.Suggested && referral.ReferredId == item.ContactId)
            {
                referral.Status = ReferralStatus.Contacted;
                referral.ContactedOn = today;
            }
            else if (referral.Status == ReferralStatus.Met && referral.ReferrerId == item.ContactId)
            {
                referral.Status = ReferralStatus.ThankedReportedBack;
                referral.ThankedOn = today;
                logged!.Intent = TouchpointIntent.ThankYou;
            }
        }

        var state = await StateAsync(db, item.Key, cancellationToken);
        state.IsDone = true;
        state.SnoozedUntil = null;
        state.At = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Ticked off reminder {Key} for contact {ContactId}", item.Key, item.ContactId);
    }

    /// <summary>
    /// Takes a tick-off back: the touchpoint it logged is removed, a referral it moved on goes back a step, and the
    /// item is open again. False when the item is not ticked off.
    /// </summary>
    public async Task<bool> UndoTickOffAsync(ReminderItem item, CancellationToken cancellationToken = default)
    {
        var calendar = (await CreatePlannerAsync(cancellationToken)).Calendar;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await db.ReminderStates.SingleOrDefaultAsync(s => s.ItemKey == item.Key && s.IsDone, cancellationToken);
        if (state is null)
        {
            return false;
        }

        var summary = SummaryFor(item);
        var logged = await db.Touchpoints
            .Where(t => t.ContactId == item.ContactId && t.OccurredAt == state.At && t.Summary == summary)
            .ToListAsync(cancellationToken);
        db.Touchpoints.RemoveRange(logged);
        var doneOn = calendar.DateOf(state.At);
        if (item.Kind == ReminderKind.Referral && item.ReferralId is { } referralId
            && await db.Referrals.FindAsync([referralId], cancellationToken) is { } referral)
        {
            if (referral.Status == ReferralStatus.Contacted && referral.ReferredId == item.ContactId && referral.ContactedOn == doneOn)
            {
                referral.Status = ReferralStatus.Suggested;
                referral.ContactedOn = null;
            }
            else if (referral.Status == ReferralStatus.ThankedReportedBack && referral.ReferrerId == item.ContactId && referral.ThankedOn == doneOn)
            {
                referral.Status = ReferralStatus.Met;
                referral.ThankedOn = null;
            }
        }

        db.ReminderStates.Remove(state);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Undid the tick-off of reminder {Key} for contact {ContactId}", item.Key, item.ContactId);
        return true;
    }

    /// <summary>Hides the item until <paramref name="until"/> (it shows again on that day).</summary>
    public async Task SnoozeAsync(string key, DateOnly until, CancellationToken cancellationToken = default)
    {
        var today = (await CreatePlannerAsync(cancellationToken)).Today;
        if (until <= today)
        {
            throw new SnoozeDateException("Snooze until a day after today.");
        }

        if (until > today.AddYears(2))
        {
            throw new SnoozeDateException("Snooze for at most two years.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var state = await StateAsync(db, key, cancellationToken);
        state.IsDone = false;
        state.SnoozedUntil = until;
        state.At = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Snoozed reminder {Key} until {Until}", key, until);
    }

    /// <summary>Snoozes for whole weeks from today.</summary>
    public async Task<DateOnly> SnoozeForWeeksAsync(string key, int weeks, CancellationToken cancellationToken = default)
    {
        var until = (await CreatePlannerAsync(cancellationToken)).Today.AddDays(7 * weeks);
        await SnoozeAsync(key, until, cancellationToken);
        return until;
    }

    private async Task<WeekPlan> BuildPlanAsync(WeekPlanner planner, IsoWeek week, int renewLimit, CancellationToken cancellationToken)
    {
        var snapshot = await coach.GetSnapshotAsync(cancellationToken);
        var states = await LoadStatesAsync(cancellationToken);
        var today = planner.Today;
        var carriesOver = week == planner.CurrentWeek;
        var firstDue = carriesOver ? DateOnly.MinValue : week.Monday;
        var candidates = new List<ReminderItem>();

        // Relationships to renew can number tens of thousands: keep only the most valuable visible ones while
        // scanning, and count the rest. Keys (built on each read) are only looked up for contacts with stored state.
        var withState = states.Keys.Select(ReminderItem.ContactOf).OfType<int>().ToHashSet();
        var renewShown = Math.Clamp(renewLimit, 0, WeekPlanner.MaxPerGroup);
        var renew = new PriorityQueue<(ContactAssessment Assessment, CoachingFlag Flag), (double Priority, int Due, int Contact)>(renewShown + 1);
        var renewVisible = 0;
        var asOf = planner.VisibleAsOf(week);
        foreach (var assessment in snapshot.Assessments.Values)
        {
            // Snoozed flags carry the day they come back, so a later week lists them then.
            foreach (var flag in carriesOver ? assessment.Flags : assessment.Flags.Concat(assessment.Snoozed))
            {
                if (flag.DueOn is not { } due || due < firstDue || due > week.Sunday || flag.ContactId is null
                    || !FlagKinds.TryGetValue(flag.RuleId, out var kind))
                {
                    continue;
                }

                // What the user chose to bring back in this week is always listed, whatever its rank.
                var backFromSnooze = !carriesOver && assessment.Snoozed.Contains(flag);
                if (kind != ReminderKind.Neglected || backFromSnooze)
                {
                    candidates.Add(ToItem(assessment, flag, kind, today) with { BackFromSnooze = backFromSnooze });
                    continue;
                }

                if (withState.Contains(assessment.ContactId) && !planner.IsVisible(due, states.GetValueOrDefault(flag.Key), asOf))
                {
                    continue;
                }

                renewVisible++;
                renew.Enqueue((assessment, flag), (AttentionPriority.Of(assessment.Tie.Score, today.DayNumber - due.DayNumber), -due.DayNumber, -assessment.ContactId));
                if (renew.Count > renewShown)
                {
                    renew.Dequeue();
                }
            }
        }

        candidates.AddRange(renew.UnorderedItems.Select(e => ToItem(e.Element.Assessment, e.Element.Flag, ReminderKind.Neglected, today)));

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await ReadFollowUpsAsync(db, planner, snapshot, firstDue, week.Sunday, candidates, cancellationToken);
        await ReadMeetingsAsync(db, planner, week, candidates, cancellationToken);

        var plan = planner.Plan(week, candidates, states, renewLimit, renewVisible - renew.Count);
        return await WithNamesAsync(db, plan, cancellationToken);
    }

    private static ReminderItem ToItem(ContactAssessment assessment, CoachingFlag flag, ReminderKind kind, DateOnly today) => new()
    {
        Key = flag.Key,
        Kind = kind,
        ContactId = assessment.ContactId,
        Detail = flag.Message,
        NextStep = flag.SuggestedNextStep,
        DueOn = flag.DueOn!.Value,
        TouchpointId = flag.TouchpointId,
        ReferralId = flag.ReferralId,
        Priority = AttentionPriority.Of(assessment.Tie.Score, today.DayNumber - flag.DueOn!.Value.DayNumber),
    };

    private static async Task ReadFollowUpsAsync(AppDbContext db, WeekPlanner planner, CoachSnapshot snapshot, DateOnly firstDue, DateOnly lastDue, List<ReminderItem> candidates, CancellationToken cancellationToken)
    {
        // A follow-up is pending until anything else is logged with that contact after it. NOT IN rather than a
        // join keeps SQLite on the FollowUpOn index instead of walking every active contact's touchpoints.
        const string sql = """
            SELECT t.Id, t.ContactId, t.FollowUpOn, t.Summary
            FROM Touchpoints t
            WHERE t.FollowUpOn IS NOT NULL AND t.FollowUpOn >= $first AND t.FollowUpOn <= $last
              AND t.ContactId NOT IN (SELECT Id FROM Contacts WHERE IsArchived = 1)
              AND NOT EXISTS (SELECT 1 FROM Touchpoints u WHERE u.ContactId = t.ContactId AND u.OccurredAt > t.OccurredAt AND u.OccurredAt <= $now)
            """;
        var now = RawSql.Text(DateTime.SpecifyKind(snapshot.ComputedAtUtc, DateTimeKind.Utc));
        var today = planner.Today;
        await RawSql.ForEachAsync(db, sql, new Dictionary<string, object?>
        {
            ["$first"] = RawSql.Text(firstDue),
            ["$last"] = RawSql.Text(lastDue),
            ["$now"] = now,
        }, reader =>
        {
            var id = reader.GetInt32(0);
            var contactId = reader.GetInt32(1);
            var due = reader.GetFieldValue<DateOnly>(2);
            var summary = RawSql.NullableString(reader, 3);
            candidates.Add(new ReminderItem
            {
                Key = ReminderItem.FollowUpKey(contactId, id),
                Kind = ReminderKind.FollowUp,
                ContactId = contactId,
                Detail = string.IsNullOrWhiteSpace(summary) ? "Follow up on your last conversation." : $"Follow up on: {summary.Trim()}",
                DueOn = due,
                TouchpointId = id,
                Priority = AttentionPriority.Of(snapshot.For(contactId)?.Tie.Score ?? 0, today.DayNumber - due.DayNumber),
            });
        }, cancellationToken);
    }

    private static async Task ReadMeetingsAsync(AppDbContext db, WeekPlanner planner, IsoWeek week, List<ReminderItem> candidates, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.Id, t.ContactId, t.OccurredAt, coalesce(trim(t.MeetingPurpose), '') <> '', coalesce(trim(t.MeetingAgenda), '') <> ''
            FROM Touchpoints t
            WHERE t.Intent = $meeting AND t.OccurredAt >= $from AND t.OccurredAt < $to
              AND t.ContactId NOT IN (SELECT Id FROM Contacts WHERE IsArchived = 1)
            """;
        var (from, to) = planner.UtcRange(week);
        await RawSql.ForEachAsync(db, sql, new Dictionary<string, object?>
        {
            ["$meeting"] = (int)TouchpointIntent.Meeting,
            ["$from"] = RawSql.Text(from),
            ["$to"] = RawSql.Text(to),
        }, reader =>
        {
            var id = reader.GetInt32(0);
            var contactId = reader.GetInt32(1);
            var at = DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc);
            var hasPurpose = reader.GetBoolean(3);
            var hasAgenda = reader.GetBoolean(4);
            candidates.Add(new ReminderItem
            {
                Key = ReminderItem.MeetingKey(contactId, id),
                Kind = ReminderKind.Meeting,
                ContactId = contactId,
                Detail = hasPurpose && hasAgenda ? "Purpose and agenda are written down."
                    : !hasPurpose && !hasAgenda ? "No purpose or agenda yet."
                    : !hasPurpose ? "No purpose yet." : "No agenda yet.",
                NextStep = hasPurpose && hasAgenda ? null : "Write what you want to learn and three or four agenda points; ask for information, advice and names, not a job.",
                DueOn = planner.LocalDate(at),
                TouchpointId = id,
                StartsAtUtc = at,
                HasPurpose = hasPurpose,
                HasAgenda = hasAgenda,
            });
        }, cancellationToken);
    }

    private static async Task<WeekPlan> WithNamesAsync(AppDbContext db, WeekPlan plan, CancellationToken cancellationToken)
    {
        var ids = plan.Items.Select(i => i.ContactId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return plan;
        }

        var names = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var groups = plan.Groups
            .Select(g => g with { Items = g.Items.Select(i => i with { ContactName = names.GetValueOrDefault(i.ContactId, "") }).ToList() })
            .ToList();
        return plan with { Groups = groups };
    }

    private static async Task<Channel> LastChannelAsync(AppDbContext db, int contactId, DateTime now, CancellationToken cancellationToken) =>
        await db.Touchpoints.AsNoTracking()
            .Where(t => t.ContactId == contactId && t.OccurredAt <= now)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Select(t => (Channel?)t.Channel)
            .FirstOrDefaultAsync(cancellationToken) ?? Channel.Email;

    private static async Task<ReminderState> StateAsync(AppDbContext db, string key, CancellationToken cancellationToken)
    {
        var state = await db.ReminderStates.SingleOrDefaultAsync(s => s.ItemKey == key, cancellationToken);
        if (state is null)
        {
            state = new ReminderState { ItemKey = key };
            db.ReminderStates.Add(state);
        }

        return state;
    }

    private static string SummaryFor(ReminderItem item) => item.Kind switch
    {
        ReminderKind.FollowUp => "Followed up (ticked off on the weekly list).",
        ReminderKind.ThankYou => "Said thank you (ticked off on the weekly list).",
        ReminderKind.Referral => "Followed up on the introduction (ticked off on the weekly list).",
        _ => "Kept in touch (ticked off on the weekly list).",
    };
}
