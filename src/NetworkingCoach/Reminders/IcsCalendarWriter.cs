using System.Globalization;
using System.Text;

namespace NetworkingCoach.Reminders;

/// <summary>
/// Writes the subset of iCalendar (RFC 5545) the reminder feed needs: one VCALENDAR of all-day
/// VEVENTs, CRLF line ends, lines folded at 75 octets without splitting a UTF-8 sequence, TEXT
/// values escaped, DTSTAMP in UTC.
/// </summary>
public static class IcsCalendarWriter
{
    public const int MaxLineOctets = 75;

    public static string Write(IEnumerable<IcsEvent> events, DateTime stampUtc, string calendarName)
    {
        var output = new StringBuilder();
        var stamp = stampUtc.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:-//NetworkingCoach//Reminders//EN");
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        Line(output, "X-WR-CALNAME:" + EscapeText(calendarName));
        foreach (var e in events)
        {
            Line(output, "BEGIN:VEVENT");
            Line(output, "UID:" + EscapeText(e.Uid));
            Line(output, "DTSTAMP:" + stamp);
            Line(output, "DTSTART;VALUE=DATE:" + Date(e.Date));
            Line(output, "DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line(output, "SUMMARY:" + EscapeText(e.Summary));
            if (!string.IsNullOrEmpty(e.Description))
            {
                Line(output, "DESCRIPTION:" + EscapeText(e.Description));
            }

            Line(output, "TRANSP:TRANSPARENT");
            Line(output, "END:VEVENT");
        }

        Line(output, "END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>Escapes a TEXT value: backslash, semicolon and comma get a backslash; any line break becomes \n.</summary>
    public static string EscapeText(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': escaped.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
                    if (!char.IsControl(c) || c == '\t')
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Folds one content line: at most 75 octets per physical line, continuation lines start with a space, never inside a UTF-8 sequence.</summary>
    public static string Fold(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) <= MaxLineOctets)
        {
            return line + "\r\n";
        }

        var folded = new StringBuilder(line.Length + line.Length / 60 * 3 + 2);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.Append("\r\n").ToString();
    }

    private static void Line(StringBuilder output, string line) => output.Append(Fold(line));

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
