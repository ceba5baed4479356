namespace NetworkingCoach.Tests.TestSupport;

/// <summary>A clock stopped at a given instant, in a given local time zone (UTC+10 by default, so local and UTC days differ late in the UTC day).</summary>
public sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public static readonly TimeZoneInfo PlusTen = TimeZoneInfo.CreateCustomTimeZone("Test+10", TimeSpan.FromHours(10), "Test+10", "Test+10");

    /// <summary>21 Nov 2026 23:30 UTC, which is already 22 Nov 09:30 on the local clock.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 21, 23, 30, 0, TimeSpan.Zero);

    public FixedClock() : this(Default)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? PlusTen;

    public DateTime UtcNow => Now.UtcDateTime;

    public DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(Now.UtcDateTime, LocalTimeZone);

    public DateOnly LocalToday => DateOnly.FromDateTime(LocalNow);
}
