using System.Text;
using System.Text.RegularExpressions;
using NetworkingCoach.Reminders;

namespace NetworkingCoach.Tests.Reminders;

public class IcsCalendarWriterTests
{
    private static readonly DateTime s_stamp = new(2026, 11, 16, 9, 30, 5, DateTimeKind.Utc);
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly IcsEvent[] s_events =
    [
        new("follow-up-12-40-@networkingcoach", new DateOnly(2026, 11, 18), "Follow up with Zoë Ødegaard, Chloé Núñez; and Ben",
            "Follow up on: coffee at the café \\ the one by the station\nAsk about the platform team, and the reorg; bring notes.\r\nThen thank them."),
        new("thank-you-owed-3-7-@networkingcoach", new DateOnly(2026, 11, 16), new string('é', 60) + " 🎉🎉🎉 " + new string('x', 70), "日本語のテキスト、" + new string('語', 40)),
    ];

    [Fact]
    public void Every_line_ends_with_crlf_and_no_bare_line_feed_or_carriage_return_is_left()
    {
        var ics = IcsCalendarWriter.Write(s_events, s_stamp, "Reminders");

        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotMatch(new Regex("[^\r]\n"), ics);
        Assert.DoesNotMatch(new Regex("\r[^\n]"), ics);
    }

    [Fact]
    public void Physical_lines_are_at_most_75_octets_and_each_is_valid_utf8_on_its_own()
    {
        var ics = IcsCalendarWriter.Write(s_events, s_stamp, "Reminders");

        var physical = PhysicalLines(ics);
        Assert.Contains(physical, line => line.StartsWith(' '));
        foreach (var line in physical)
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            Assert.True(bytes.Length <= 75, $"{bytes.Length} octets: {line}");

            // Had a fold split a multi-byte sequence, the line's own bytes would not decode.
            Assert.Equal(line, s_strictUtf8.GetString(bytes));
        }
    }

    [Fact]
    public void Folding_at_a_multibyte_character_moves_the_whole_character_to_the_next_line()
    {
        var summary = new string('a', 66) + "é" + "tail";

        var physical = PhysicalLines(IcsCalendarWriter.Write([Event(summary)], s_stamp, "R"));

        // 8 + 66 = 74 octets; é needs two more, so it starts the continuation line.
        var at = physical.IndexOf("SUMMARY:" + new string('a', 66));
        Assert.True(at >= 0, string.Join("\n", physical));
        Assert.Equal(" étail", physical[at + 1]);
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded_and_76_is()
    {
        var exact = PhysicalLines(IcsCalendarWriter.Write([Event(new string('a', 67))], s_stamp, "R"));
        var over = PhysicalLines(IcsCalendarWriter.Write([Event(new string('a', 68))], s_stamp, "R"));

        Assert.Contains("SUMMARY:" + new string('a', 67), exact);
        var at = over.IndexOf("SUMMARY:" + new string('a', 67));
        Assert.True(at >= 0, string.Join("\n", over));
        Assert.Equal(" a", over[at + 1]);
    }

    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    [InlineData("a:b \"c\"", "a:b \"c\"")]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks(string value, string expected)
    {
        var lines = Unfold(IcsCalendarWriter.Write([Event(value)], s_stamp, "R"));

        Assert.Contains("SUMMARY:" + expected, lines);
    }

    [Fact]
    public void Unfolded_and_unescaped_the_feed_gives_back_every_event_with_utc_stamp_and_all_day_dates()
    {
        var ics = IcsCalendarWriter.Write(s_events, s_stamp, "Reminders, mine");

        var lines = Unfold(ics);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Equal(s_events.Length, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(s_events.Length, lines.Count(l => l == "END:VEVENT"));
        Assert.All(lines, l => Assert.Matches(@"^[A-Z][A-Z0-9-]*(;[A-Z-]+=[^:;]+)*:", l));

        var events = ParseEvents(lines);
        for (var i = 0; i < s_events.Length; i++)
        {
            Assert.Equal(s_events[i].Uid, Unescape(events[i]["UID"]));
            Assert.Equal(s_events[i].Summary, Unescape(events[i]["SUMMARY"]));
            Assert.Equal(s_events[i].Description!.Replace("\r\n", "\n"), Unescape(events[i]["DESCRIPTION"]));
            Assert.Matches(@"^\d{8}T\d{6}Z$", events[i]["DTSTAMP"]);
            Assert.Equal("20261116T093005Z", events[i]["DTSTAMP"]);
            Assert.Equal(s_events[i].Date.ToString("yyyyMMdd"), events[i]["DTSTART;VALUE=DATE"]);
            Assert.Equal(s_events[i].Date.AddDays(1).ToString("yyyyMMdd"), events[i]["DTEND;VALUE=DATE"]);
        }

        Assert.Contains(@"X-WR-CALNAME:Reminders\, mine", lines);
    }

    [Fact]
    public void The_same_reminders_written_twice_keep_their_uids_so_calendars_replace_events()
    {
        var first = ParseEvents(Unfold(IcsCalendarWriter.Write(s_events, s_stamp, "R"))).Select(e => e["UID"]).ToList();
        var second = ParseEvents(Unfold(IcsCalendarWriter.Write(s_events.AsEnumerable().Reverse(), s_stamp.AddHours(3), "R"))).Select(e => e["UID"]).ToList();

        Assert.Equal(first.Order(), second.Order());
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Local_stamps_are_written_in_utc()
    {
        var local = new DateTime(2026, 11, 16, 10, 30, 5, DateTimeKind.Local);

        var ics = IcsCalendarWriter.Write(s_events, local, "R");

        Assert.Contains("DTSTAMP:" + local.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'") + "\r\n", ics);
    }

    private static IcsEvent Event(string summary) => new("one@networkingcoach", new DateOnly(2026, 11, 18), summary);

    private static List<string> PhysicalLines(string ics)
    {
        var lines = ics.Split("\r\n").ToList();
        Assert.Equal("", lines[^1]);
        lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>RFC 5545 3.1: a CRLF followed by one space or tab continues the previous line.</summary>
    private static List<string> Unfold(string ics)
    {
        var logical = new List<string>();
        foreach (var line in PhysicalLines(ics))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                Assert.NotEmpty(logical);
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        return logical;
    }

    private static List<Dictionary<string, string>> ParseEvents(List<string> lines)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                Assert.Null(current);
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                // Property names and parameters never hold an unescaped colon in this subset.
                var colon = line.IndexOf(':');
                current.Add(line[..colon], line[(colon + 1)..]);
            }
        }

        return events;
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
                text.Append(value[i] switch { 'n' or 'N' => '\n', var c => c });
            }
            else
            {
                Assert.False(value[i] is ';' or ',', $"Unescaped {value[i]} in {value}");
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
