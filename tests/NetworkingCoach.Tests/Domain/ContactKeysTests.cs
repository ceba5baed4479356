using NetworkingCoach.Domain;

namespace NetworkingCoach.Tests.Domain;

public class ContactKeysTests
{
    [Fact]
    public void Likely_duplicate_key_ignores_case_spacing_and_apostrophe_style()
    {
        Assert.Equal(
            ContactKeys.LikelyDuplicateKey("Seán  O’Brien", "ACME Ltd"),
            ContactKeys.LikelyDuplicateKey("seán o'brien", " acme  ltd "));
    }

    [Fact]
    public void Likely_duplicate_key_is_empty_without_a_name()
    {
        Assert.Equal("", ContactKeys.LikelyDuplicateKey("  ", "Acme"));
    }

    [Fact]
    public void Likely_duplicate_key_tells_companies_apart()
    {
        Assert.NotEqual(ContactKeys.LikelyDuplicateKey("Jo Smith", "Acme"), ContactKeys.LikelyDuplicateKey("Jo Smith", null));
    }
}
