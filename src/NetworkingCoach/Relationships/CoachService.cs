using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Coaching;
using NetworkingCoach.Data;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Judges relationships: tie strength and flags for one contact, or for everyone at once. The
/// everyone-view is cached until the data changes or the day turns.
/// </summary>
public sealed class CoachService(
    IDbContextFactory<AppDbContext> factory,
    SettingsService settings,
    DataChangeCounter changes,
    UserCalendarSource calendars,
    TimeProvider clock,
    ILogger<CoachService> logger)
{
    private readonly ChangeAwareCache<CoachSnapshot> _snapshots = new(changes);

    public Task<CoachingSettings> LoadSettingsAsync(CancellationToken cancellationToken = default) =>
        settings.LoadAsync<CoachingSettings>(cancellationToken);

    /// <summary>Tie strength and flags for one contact, or null when they do not exist.</summary>
    public async Task<ContactAssessment?> AssessAsync(int contactId, CancellationToken cancellationToken = default)
    {
        var history = await ReadHistoryAsync(contactId, cancellationToken);
        if (history is null)
        {
            return null;
        }

        return new Coach(await LoadSettingsAsync(cancellationToken), calendars.Current.WallClock()).Assess(history);
    }

    /// <summary>The clock the coach judges by: the user's wall-clock time, the frame <see cref="ReadHistoryAsync"/> hands histories in.</summary>
    public TimeProvider WallClock() => calendars.Current.WallClock();

    /// <summary>One contact's history with times on the user's wall clock, the frame the coach judges in (see <see cref="UserCalendar.WallClock"/>).</summary>
    public async Task<RelationshipHistory?> ReadHistoryAsync(int contactId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await RelationshipHistoryReader.ReadAsync(db, calendars.Current.Zone, contactId, null, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Every active contact's tie strength and flags, recomputed only when something changed.</summary>
    public Task<CoachSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) =>
        GetSnapshotAsync(calendars.Current, cancellationToken);

    private Task<CoachSnapshot> GetSnapshotAsync(UserCalendar calendar, CancellationToken cancellationToken) =>
        _snapshots.GetOrCreateAsync(calendar.Today.ToString("O") + "|" + calendar.Zone.Id, token => ComputeSnapshotAsync(calendar, token), cancellationToken);

    private async Task<CoachSnapshot> ComputeSnapshotAsync(UserCalendar calendar, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var coachingSettings = await LoadSettingsAsync(cancellationToken);
        List<RelationshipHistory> histories;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            histories = await RelationshipHistoryReader.ReadAsync(db, calendar.Zone, null, null, cancellationToken);
        }

        var assessments = new Coach(coachingSettings, calendar.WallClock()).AssessAll(histories).ToDictionary(a => a.ContactId);
        var snapshot = new CoachSnapshot(assessments, clock.GetUtcNow().UtcDateTime, Stopwatch.GetElapsedTime(started));
        logger.LogInformation("Assessed {Contacts} relationships in {Elapsed:0} ms", assessments.Count, snapshot.Took.TotalMilliseconds);
        return snapshot;
    }
}
