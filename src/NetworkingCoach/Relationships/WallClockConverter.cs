namespace NetworkingCoach.Relationships;

/// <summary>
/// Turns UTC times into the user's wall-clock time (kept as <see cref="DateTimeKind.Utc"/>, the frame the coach
/// judges in), remembering the offset of each UTC hour: converting half a million touchpoints one by one
/// through <see cref="TimeZoneInfo"/> costs more than reading them.
/// </summary>
internal sealed class WallClockConverter(TimeZoneInfo zone)
{
    private readonly bool _isUtc = zone.BaseUtcOffset == TimeSpan.Zero && zone.GetAdjustmentRules().Length == 0;
    private readonly Dictionary<long, long> _offsetTicksByHour = [];

    public DateTime ToWallClock(DateTime utc)
    {
        if (_isUtc)
        {
            return utc;
        }

        var hour = utc.Ticks / TimeSpan.TicksPerHour;
        if (!_offsetTicksByHour.TryGetValue(hour, out var offset))
        {
            // An hour whose two ends differ holds a change of offset: its times are converted one by one.
            var start = Offset(new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Utc));
            var end = hour + 1 < DateTime.MaxValue.Ticks / TimeSpan.TicksPerHour ? Offset(new DateTime((hour + 1) * TimeSpan.TicksPerHour, DateTimeKind.Utc)) : start;
            offset = start == end ? start : long.MinValue;
            _offsetTicksByHour[hour] = offset;
        }

        return offset != long.MinValue && utc.Ticks + offset is var ticks && ticks >= 0 && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), DateTimeKind.Utc);
    }

    private long Offset(DateTime utc) => (TimeZoneInfo.ConvertTimeFromUtc(utc, zone) - DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)).Ticks;
}
