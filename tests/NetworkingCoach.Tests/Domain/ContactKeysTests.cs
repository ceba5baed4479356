using NetworkingCoach.Domain;

namespace NetworkingCoach.Tests.Domain;

public class ContactKeysTests
{
    [Fact]
    public void Names_are_normalised_ignoring_case_spacing_and_apostrophe_style()
    {
        Assert.Equal(ContactKeys.NormalizeName("Seán  O’Brien"), ContactKeys.NormalizeName("seán o'brien "));
    }

    [Fact]
    public void A_blank_name_normalises_to_nothing()
    {
        Assert.Equal("", ContactKeys.NormalizeName("  "));
    }
}
