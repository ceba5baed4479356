namespace NetworkingCoach.Settings;

/// <summary>Reads the user's wall-clock time as if it were UTC, so code that counts days in UTC counts the user's days.</summary>
public sealed class UserWallClock(UserCalendar calendar) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(calendar.LocalNow, DateTimeKind.Utc));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
