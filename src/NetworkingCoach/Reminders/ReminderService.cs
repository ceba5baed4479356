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
    private readonly ChangeAwareCache<WeekPlan> _plans = new(changes);
    private readonly SemaphoreSlim _indexGate = new(1, 1);
    private readonly Dictionary<string, WeekIndex> _indexes = [];

    /// <summary>A planner in the user's time zone.</summary>
    public async Task<WeekPlanner> CreatePlannerAsync(CancellationToken cancellationToken = default) =>
        new(await calendars.GetAsync(cancellationToken));

    /// <summary>The plan for a week (the current one by default), cached until the data changes or the day turns.</summary>
    public Task<WeekPlan> GetWeekAsync(IsoWeek? week = null, CancellationToken cancellationToken = default) =>
        GetWeekAsync(week, null, cancellationToken);

    /// <summary>
    /// The plan for a week listing, of each group, as many items as <paramref name="shown"/> asks for (a page and the
    /// pages after it); a group it does not name lists <see cref="WeekPlanner.MaxPerGroup"/>. Counts cover every item.
    /// </summary>
    public async Task<WeekPlan> GetWeekAsync(IsoWeek? week, IReadOnlyDictionary<ReminderKind, int>? shown, CancellationToken cancellationToken = default)
    {
        var planner = new WeekPlanner(await calendars.GetAsync(cancellationToken));
        var target = week ?? planner.CurrentWeek;
        var indexKey = $"{target}|{planner.Today}|{planner.Zone.Id}";
        var shownKey = shown is null ? "" : string.Join(',', shown.OrderBy(p => p.Key).Select(p => $"{(int)p.Key}={p.Value}"));
        // The renew limit is read only when a plan is built: saving it is a write, which empties the cache.
        return await _plans.GetOrCreateAsync($"{indexKey}|{shownKey}", token => BuildPlanAsync(planner, target, indexKey, shown, token), cancellationToken);
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

    private async Task<WeekPlan> BuildPlanAsync(WeekPlanner planner, IsoWeek week, string indexKey, IReadOnlyDictionary<ReminderKind, int>? shown, CancellationToken cancellationToken)
    {
        var renewLimit = (await settings.LoadAsync<PreferenceSettings>(cancellationToken)).WeeklyRenewLimit;
        var snapshot = await coach.GetSnapshotAsync(cancellationToken);
        var groups = new List<ReminderGroup>(WeekPlanner.Groups.Count);
        WeekIndex index;
        await _indexGate.WaitAsync(cancellationToken);
        try
        {
            index = await IndexAsync(planner, week, indexKey, snapshot, cancellationToken);
            foreach (var (kind, title) in WeekPlanner.Groups)
            {
                int? asked = shown is not null && shown.TryGetValue(kind, out var n) ? n : null;
                groups.Add(WeekPlanner.Group(kind, title, index.Total(kind), index.BackFromSnooze(kind), renewLimit, asked, count => index.First(kind, count)));
            }
        }
        finally
        {
            _indexGate.Release();
        }

        // The store is asked only for the names, summaries and exact times of what is listed.
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await WithDetailsAsync(db, new WeekPlan(week, index.IsCurrentWeek, index.Today, groups), cancellationToken);
    }

    /// <summary>The week's index brought up to <paramref name="snapshot"/>: only the contacts a write touched are indexed again.</summary>
    private async Task<WeekIndex> IndexAsync(WeekPlanner planner, IsoWeek week, string key, CoachSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (_indexes.TryGetValue(key, out var index) && index.IsOf(snapshot))
        {
            return index;
        }

        var states = await LoadStatesAsync(cancellationToken);
        if (index is not null && index.TryUpdate(snapshot, states))
        {
            return index;
        }

        // Weeks looked at on earlier days, or many weeks browsed: start again rather than keep them all.
        if (_indexes.Count >= 8)
        {
            _indexes.Clear();
        }

        index = WeekIndex.Build(planner, week, snapshot, states);
        _indexes[key] = index;
        return index;
    }

    /// <summary>Names of the listed contacts, and for listed follow-ups and meetings the touchpoint's summary and stored time.</summary>
    private static async Task<WeekPlan> WithDetailsAsync(AppDbContext db, WeekPlan plan, CancellationToken cancellationToken)
    {
        var ids = plan.Items.Select(i => i.ContactId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return plan;
        }

        var names = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var touchpointIds = plan.Items.Where(i => i.Kind is ReminderKind.FollowUp or ReminderKind.Meeting && i.TouchpointId is not null).Select(i => i.TouchpointId!.Value).Distinct().ToList();
        var touchpoints = touchpointIds.Count == 0 ? [] : await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (t.Summary, t.OccurredAt), cancellationToken);
        var groups = plan.Groups
            .Select(g => g with
            {
                Items = g.Items.Select(i =>
                {
                    var item = i with { ContactName = names.GetValueOrDefault(i.ContactId, "") };
                    if (i.TouchpointId is not { } id || !touchpoints.TryGetValue(id, out var stored))
                    {
                        return item;
                    }

                    return i.Kind switch
                    {
                        ReminderKind.FollowUp => item with { Detail = WeekIndex.FollowUpDetail(stored.Summary) },
                        ReminderKind.Meeting => item with { StartsAtUtc = DateTime.SpecifyKind(stored.OccurredAt, DateTimeKind.Utc) },
                        _ => item,
                    };
                }).ToList(),
            })
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
