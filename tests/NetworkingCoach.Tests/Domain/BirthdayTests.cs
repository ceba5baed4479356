using NetworkingCoach.Domain;

namespace NetworkingCoach.Tests.Domain;

public class BirthdayTests
{
    [Theory]
    [InlineData("1985-04-12", "12 April 1985")]
    [InlineData("19850412", "12 April 1985")]
    [InlineData("19850412T000000Z", "12 April 1985")]
    [InlineData("4/12/1985", "12 April 1985")]
    [InlineData("12 Apr 1985", "12 April 1985")]
    [InlineData("--04-12", "12 April")]
    [InlineData("--0412", "12 April")]
    [InlineData("--0229", "29 February")]
    [InlineData("12 April", "12 April")]
    public void Forms_that_contact_exports_write_are_read_with_or_without_a_year(string text, string shown)
    {
        Assert.True(Birthday.TryParse(text, out var birthday));
        Assert.Equal(shown, Birthday.Format(birthday!.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0/0/00")]
    public void Blank_and_outlooks_empty_date_are_no_birthday(string text)
    {
        Assert.True(Birthday.TryParse(text, out var birthday));
        Assert.Null(birthday);
    }

    [Fact]
    public void Text_that_is_not_a_date_is_refused()
    {
        Assert.False(Birthday.TryParse("circa 1800", out _));
    }

    [Fact]
    public void Iso_form_writes_dashes_for_a_missing_year()
    {
        Assert.Equal("1985-04-12", Birthday.ToIso(new DateOnly(1985, 4, 12)));
        Assert.Equal("--02-29", Birthday.ToIso(Birthday.WithoutYear(2, 29)));
    }
}
