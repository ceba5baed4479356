using NetworkingCoach.Contacts;
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

    [Theory]
    [InlineData("A\u200Bnn\u2060 Archer", "ann archer")]
    [InlineData("\u00C5sa\u0301 Lind", "\u00E5s\u00E1 lind")]
    [InlineData("JOHN\tSMITH ", "john smith")]
    [InlineData("a\u00A0b\u2003c", "a b c")]
    [InlineData("O`Neil \u00B4x \u02BCy \u2018z", "o'neil 'x 'y 'z")]
    [InlineData("\uFEFF\u200Cjo", "jo")]
    [InlineData("\uD801\uDC00 Deseret", "\uD801\uDC00 deseret")]
    [InlineData("known person 5", "known person 5")]
    public void Names_lose_invisible_characters_and_are_composed_folded_and_lower_cased(string name, string key)
    {
        Assert.Equal(key, ContactKeys.NormalizeName(name));
    }

    [Theory]
    [InlineData("  Ann.Archer@Example.COM ", "ann.archer@example.com")]
    [InlineData("\u200B Jo@Acme.example \u200B", "jo@acme.example")]
    [InlineData("x@y.z\u200B ", "x@y.z")]
    [InlineData("  ", "")]
    public void Emails_are_trimmed_lower_cased_and_lose_invisible_characters(string email, string key)
    {
        Assert.Equal(key, ContactKeys.NormalizeEmail(email));
    }

    [Theory]
    [InlineData("https://http://linkedin.com/in/x", "linkedin.com/in/x")]
    [InlineData("https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller/", "linkedin.com/in/j\u00F6rg-m\u00FCller")]
    [InlineData("  https://www.LinkedIn.com/in/\u200BZoe/?x=1 ", "linkedin.com/in/zoe")]
    [InlineData("https://www.linkedin.com/in/a%2Fb", "linkedin.com/in/a/b")]
    [InlineData("https://www.linkedin.com//", null)]
    [InlineData("https://notlinkedin.com/in/a", null)]
    [InlineData("linkedin.com", null)]
    public void LinkedIn_urls_reduce_to_the_profile_path_or_to_nothing(string url, string? key)
    {
        Assert.Equal(key, ContactKeys.CanonicalLinkedInUrl(url));
    }

    [Fact]
    public void Search_text_joins_the_non_blank_parts_lower_cased_and_cut_at_the_limit()
    {
        Assert.Equal("ann archer acme \u0130nc ann@acme.example b@c.d", ContactSearchText.Build("Ann ARCHER", "Acme \u0130nc", ["ann@acme.example", " ", "b@c.d"]));
        Assert.Equal("", ContactSearchText.Build("  ", null, []));

        var cut = ContactSearchText.Build(new string('X', FieldLimits.SearchText - 10) + "YYYY YYYY YYYY", "Co", []);
        Assert.Equal(new string('x', FieldLimits.SearchText - 10) + "yyyy yyyy ", cut);
    }
}
