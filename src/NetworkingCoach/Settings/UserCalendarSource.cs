using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Settings;

/// <summary>
/// Hands out the user's calendar: the zone stored in Settings, or the machine's when none is stored. Read
/// again only after the data changes, so asking for it costs nothing on a page view.
/// </summary>
public sealed class UserCalendarSource(IDbContextFactory<AppDbContext> factory, DataChangeCounter changes, TimeProvider clock, ILogger<UserCalendarSource> logger)
{
    private const string ZoneKey = nameof(PreferenceSettings) + "." + nameof(PreferenceSettings.TimeZoneId);
    private readonly Lock _gate = new();
    private (long Version, UserCalendar Calendar)? _current;

    /// <summary>The calendar in force now.</summary>
    public UserCalendar Current
    {
        get
        {
            var version = changes.Version;
            lock (_gate)
            {
                if (_current is { } cached && cached.Version == version)
                {
                    return cached.Calendar;
                }
            }

            UserCalendar calendar;
            try
            {
                using var db = factory.CreateDbContext();
                var stored = db.Settings.AsNoTracking().Where(s => s.Key == ZoneKey).Select(s => s.Value).FirstOrDefault();
                calendar = new UserCalendar(Resolve(stored), clock);
            }
            catch (SqliteException ex)
            {
                // An unreadable store is reported by the pages that need it; the calendar keeps the last zone it knew.
                logger.LogWarning(ex, "Could not read the time zone setting; keeping the last one known");
                return _current?.Calendar ?? new UserCalendar(clock.LocalTimeZone, clock);
            }

            lock (_gate)
            {
                _current = (version, calendar);
            }

            return calendar;
        }
    }

    public Task<UserCalendar> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);

    /// <summary>A calendar in a given zone on this source's clock (a preview before saving, or a test).</summary>
    public UserCalendar In(TimeZoneInfo zone) => new(zone, clock);

    private TimeZoneInfo Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return clock.LocalTimeZone;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        logger.LogWarning("The stored time zone {TimeZoneId} is unknown on this machine; using the machine's zone {Fallback}", id, clock.LocalTimeZone.Id);
        return clock.LocalTimeZone;
    }
}
