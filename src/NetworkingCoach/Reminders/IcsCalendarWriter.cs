using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace NetworkingCoach.Reminders;

/// <summary>
/// Writes the reminder feed as an iCalendar (RFC 5545) document through Ical.Net: one VCALENDAR of
/// all-day, transparent VEVENTs stamped in UTC. Ical.Net escapes TEXT values and folds long lines.
/// </summary>
public static class IcsCalendarWriter
{
    public static string Write(IEnumerable<IcsEvent> events, DateTime stamp, string calendarName)
    {
        var calendar = new Calendar
        {
            ProductId = "-//NetworkingCoach//Reminders//EN",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var stampUtc = new CalDateTime(stamp.ToUniversalTime(), CalDateTime.UtcTzId);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = stampUtc,
                DtStart = new CalDateTime(e.Date),
                DtEnd = new CalDateTime(e.Date.AddDays(1)),
                Summary = e.Summary,
                Description = string.IsNullOrEmpty(e.Description) ? null : e.Description,
                Transparency = TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
