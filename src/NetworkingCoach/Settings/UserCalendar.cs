namespace NetworkingCoach.Settings;

/// <summary>
/// The user's calendar: the time zone chosen in Settings read with the clock. "Today", every date shown
/// and every date entered go through it, so the week, the coach and the timeline agree on what day it is.
/// </summary>
public sealed class UserCalendar(TimeZoneInfo zone, TimeProvider clock)
{
    public TimeZoneInfo Zone => zone;

    public TimeProvider Clock => clock;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The wall-clock time where the user is.</summary>
    public DateTime LocalNow => ToLocal(UtcNow);

    /// <summary>Today's date where the user is.</summary>
    public DateOnly Today => DateOf(UtcNow);

    /// <summary>The user's wall-clock time of a stored UTC instant.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public DateTime? ToLocal(DateTime? utc) => utc is { } value ? ToLocal(value) : null;

    /// <summary>The calendar day a UTC instant falls on for the user.</summary>
    public DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public DateOnly? DateOf(DateTime? utc) => utc is { } value ? DateOf(value) : null;

    /// <summary>The UTC instant of a wall-clock time the user entered; a time skipped by a daylight-saving jump is taken as the hour after it.</summary>
    public DateTime ToUtc(DateTime local)
    {
        if (local.Kind == DateTimeKind.Utc)
        {
            return local;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>The UTC instant local midnight starts on <paramref name="day"/> (the first valid local time, across a DST gap).</summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>
    /// A clock that reads the user's wall-clock time, for the coach: it is handed histories in the same
    /// wall-clock frame, so its day arithmetic counts the user's days.
    /// </summary>
    public TimeProvider WallClock() => new UserWallClock(this);
}
