using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Settings;

public class UserCalendarTests
{
    private static readonly TimeZoneInfo s_berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo s_kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");

    private static UserCalendar At(DateTimeOffset utc, TimeZoneInfo zone) => new(zone, new FixedClock(utc, TimeZoneInfo.Utc));

    [Fact]
    public void Today_is_the_users_date_even_when_the_server_is_still_on_yesterday()
    {
        var calendar = At(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), s_kiritimati);

        Assert.Equal(new DateOnly(2026, 11, 22), calendar.Today);
        Assert.Equal(new DateTime(2026, 11, 22, 2, 0, 0), calendar.LocalNow);
    }

    [Fact]
    public void A_day_that_loses_an_hour_to_daylight_saving_starts_at_local_midnight()
    {
        var calendar = At(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero), s_berlin);

        Assert.Equal(new DateTime(2026, 3, 28, 23, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), calendar.StartOfDayUtc(new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void A_time_entered_inside_the_spring_gap_is_taken_as_the_hour_after_it()
    {
        var calendar = At(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero), s_berlin);

        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), calendar.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0)));
    }

    [Fact]
    public void Instants_around_the_autumn_change_fall_on_the_users_days()
    {
        var calendar = At(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero), s_berlin);

        Assert.Equal(new DateOnly(2026, 10, 24), calendar.DateOf(new DateTime(2026, 10, 24, 21, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 10, 25), calendar.DateOf(new DateTime(2026, 10, 24, 22, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 10, 26), calendar.DateOf(new DateTime(2026, 10, 25, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 10, 25, 10, 0, 0), calendar.ToLocal(new DateTime(2026, 10, 25, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_wall_clock_handed_to_the_coach_reads_the_users_time()
    {
        var calendar = At(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), s_kiritimati);

        Assert.Equal(new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), calendar.WallClock().GetUtcNow().UtcDateTime);
    }
}
