using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Judges relationships: tie strength and flags for one contact, or for everyone at once, with the user's
/// tick-offs and snoozes applied. The everyone-view is computed cold at start-up, when the day turns and when
/// anything may have changed (settings, imports, other processes); after an ordinary write only the contacts it
/// touched are judged again, when someone next looks.
/// </summary>
public sealed class CoachService(
    IDbContextFactory<AppDbContext> factory,
    SettingsService settings,
    DataChangeCounter changes,
    UserCalendarSource calendars,
    ILogger<CoachService> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CoachState? _state;

    public Task<CoachingSettings> LoadSettingsAsync(CancellationToken cancellationToken = default) =>
        settings.LoadAsync<CoachingSettings>(cancellationToken);

    /// <summary>The clock the coach judges by: the user's wall-clock time, the frame <see cref="ReadHistoryAsync"/> hands histories in.</summary>
    public TimeProvider WallClock() => calendars.Current.WallClock();

    /// <summary>Tie strength, open flags and the next keep-in-touch for one contact (archived or not), or null when they do not exist.</summary>
    public async Task<ContactAssessment?> AssessAsync(int contactId, CancellationToken cancellationToken = default)
    {
        var history = await ReadHistoryAsync(contactId, cancellationToken);
        if (history is null)
        {
            return null;
        }

        var calendar = calendars.Current;
        var coachingSettings = await LoadSettingsAsync(cancellationToken);
        var assessment = new Coach(coachingSettings, calendar.WallClock()).Assess(history);
        assessment = ReminderStateFilter.Apply(assessment, await LoadStatesAsync(new HashSet<int> { contactId }, cancellationToken), calendar);
        return assessment with { KeepInTouch = KeepInTouchCalculator.For(history, assessment, coachingSettings) };
    }

    /// <summary>One contact's history with times on the user's wall clock, the frame the coach judges in (see <see cref="UserCalendar.WallClock"/>).</summary>
    public async Task<RelationshipHistory?> ReadHistoryAsync(int contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await RelationshipHistoryReader.ReadAsync(db, calendars.Current.Zone, contactId, null, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Every active contact's tie strength and open flags, brought up to date with the writes since it was last read.</summary>
    public async Task<CoachSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read the version before the data: a write landing in between is applied again next time, never lost.
            var version = changes.Version;
            var calendar = calendars.Current;
            var dayKey = calendar.Today.ToString("O") + "|" + calendar.Zone.Id;
            if (_state is { } state && state.DayKey == dayKey)
            {
                if (state.Version == version)
                {
                    return state.Snapshot;
                }

                var changed = changes.ChangesSince(state.Version);
                if (!changed.IsEverything)
                {
                    var updated = changed.IsEmpty ? state.Snapshot : await RecomputeAsync(state, changed.ContactIds, calendar, cancellationToken);
                    _state = state with { Version = version, Snapshot = updated };
                    return updated;
                }
            }

            var coachingSettings = await LoadSettingsAsync(cancellationToken);
            var snapshot = await ComputeSnapshotAsync(coachingSettings, calendar, cancellationToken);
            _state = new CoachState(dayKey, version, coachingSettings, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CoachSnapshot> ComputeSnapshotAsync(CoachingSettings coachingSettings, UserCalendar calendar, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        List<RelationshipHistory> histories;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            histories = await RelationshipHistoryReader.ReadAsync(db, calendar.Zone, null, null, cancellationToken);
        }

        var states = await LoadStatesAsync(null, cancellationToken);
        var assessments = new Dictionary<int, ContactAssessment>(histories.Count);
        foreach (var assessment in new Coach(coachingSettings, calendar.WallClock()).AssessAll(histories))
        {
            assessments[assessment.ContactId] = ReminderStateFilter.Apply(assessment, states, calendar);
        }

        var snapshot = new CoachSnapshot(assessments, histories.ToDictionary(h => h.ContactId), calendar.UtcNow, Stopwatch.GetElapsedTime(started));
        logger.LogInformation("Assessed {Contacts} relationships in {Elapsed:0} ms", assessments.Count, snapshot.Took.TotalMilliseconds);
        return snapshot;
    }

    private async Task<CoachSnapshot> RecomputeAsync(CoachState state, IReadOnlySet<int> touched, UserCalendar calendar, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        List<RelationshipHistory> histories;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            // A contact's flags name the people on the other side of their referrals: judge those again too.
            var ids = await WithReferralPartnersAsync(db, touched, cancellationToken);
            histories = await RelationshipHistoryReader.ReadAsync(db, calendar.Zone, null, ids, cancellationToken);
            touched = ids;
        }

        var states = await LoadStatesAsync(touched, cancellationToken);
        var assessments = new Dictionary<int, ContactAssessment>(state.Snapshot.Assessments);
        var kept = new Dictionary<int, RelationshipHistory>(state.Snapshot.Histories);
        foreach (var id in touched)
        {
            assessments.Remove(id);
            kept.Remove(id);
        }

        foreach (var history in histories)
        {
            kept[history.ContactId] = history;
        }

        foreach (var assessment in new Coach(state.Settings, calendar.WallClock()).AssessAll(histories))
        {
            assessments[assessment.ContactId] = ReminderStateFilter.Apply(assessment, states, calendar);
        }

        var snapshot = new CoachSnapshot(assessments, kept, calendar.UtcNow, Stopwatch.GetElapsedTime(started));
        logger.LogDebug("Assessed {Touched} touched relationships in {Elapsed:0.0} ms", touched.Count, snapshot.Took.TotalMilliseconds);
        return snapshot;
    }

    private static async Task<HashSet<int>> WithReferralPartnersAsync(AppDbContext db, IReadOnlySet<int> touched, CancellationToken cancellationToken)
    {
        var ids = touched.ToHashSet();
        var list = string.Join(',', touched);
        await RawSql.ForEachAsync(db, $"SELECT ReferrerId, ReferredId FROM Referrals WHERE ReferrerId IN ({list}) OR ReferredId IN ({list})", new Dictionary<string, object?>(), reader =>
        {
            ids.Add(reader.GetInt32(0));
            ids.Add(reader.GetInt32(1));
        }, cancellationToken);
        return ids;
    }

    /// <summary>Stored tick-offs and snoozes by item key, of some contacts or of everyone.</summary>
    private async Task<Dictionary<string, ReminderState>> LoadStatesAsync(IReadOnlySet<int>? contactIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var states = await db.ReminderStates.AsNoTracking().ToListAsync(cancellationToken);
        return states.Where(s => contactIds is null || (s.ContactId is { } id && contactIds.Contains(id))).ToDictionary(s => s.ItemKey, StringComparer.Ordinal);
    }
}
