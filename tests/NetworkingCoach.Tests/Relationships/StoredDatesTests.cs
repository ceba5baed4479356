using System.Globalization;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Tests.Relationships;

public class StoredDatesTests
{
    [Theory]
    [InlineData("2026-11-16 09:30:00")]
    [InlineData("2026-11-16 09:30:00.1234567")]
    [InlineData("2026-11-16 09:30:00.5")]
    [InlineData("2000-02-29T23:59:59")]
    [InlineData("2026-11-16 09:30:00Z")]
    public void Stored_date_times_parse_as_the_general_parser_reads_them_in_utc(string text)
    {
        var expected = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        var parsed = StoredDates.ParseDateTime(text);

        Assert.Equal(expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(parsed, StoredDates.ParseDateTime(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(DateTimeKind.Utc, StoredDates.ParseDateTime(System.Text.Encoding.UTF8.GetBytes(text)).Kind);
    }

    [Theory]
    [InlineData("2026-11-16")]
    [InlineData("1999-01-01")]
    public void Stored_dates_parse(string text)
    {
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), StoredDates.ParseDate(text));
        Assert.Equal(StoredDates.ParseDate(text), StoredDates.ParseDate(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
