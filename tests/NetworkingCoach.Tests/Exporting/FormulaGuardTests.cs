using NetworkingCoach.Exporting;

namespace NetworkingCoach.Tests.Exporting;

public class FormulaGuardTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("Ann", "Ann")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("", "")]
    public void Formula_like_values_get_one_leading_apostrophe(string value, string expected)
    {
        Assert.Equal(expected, FormulaGuard.Neutralize(value));
        Assert.Equal(value, FormulaGuard.Restore(FormulaGuard.Neutralize(value)));
    }
}
