using NetworkingCoach.Matching;

namespace NetworkingCoach.Tests.Matching;

public class SamePersonMatcherTests
{
    private static readonly SamePersonMatcher s_british = new("GB");

    private static PersonKeys Person(string name, string? company = null, string? email = null, string? phone = null, string? linkedIn = null) =>
        s_british.Keys(name, company, [email], [phone], linkedIn);

    [Theory]
    [InlineData("Ann.Archer@Example.com", "ann.archer@example.com")]
    [InlineData("ann.archer@gmail.com", "annarcher@gmail.com")]
    [InlineData("ann.archer+jobs@gmail.com", "annarcher@gmail.com")]
    [InlineData("Ann.Archer@googlemail.com", "annarcher@gmail.com")]
    [InlineData("  ann@example.com\u200B ", "ann@example.com")]
    public void Emails_match_whatever_their_case_and_gmail_dots_or_plus_tags(string written, string normalised)
    {
        Assert.Equal(normalised, SamePersonMatcher.NormalizeEmail(written));
    }

    [Fact]
    public void Dots_and_plus_tags_still_count_outside_gmail()
    {
        Assert.NotEqual(SamePersonMatcher.NormalizeEmail("ann.archer@example.com"), SamePersonMatcher.NormalizeEmail("annarcher@example.com"));
        Assert.NotEqual(SamePersonMatcher.NormalizeEmail("ann+x@example.com"), SamePersonMatcher.NormalizeEmail("ann@example.com"));
    }

    [Fact]
    public void A_shared_email_is_the_same_person_even_under_another_name()
    {
        var match = SamePersonMatcher.Compare(Person("Ann Archer", email: "ANN@example.com"), Person("A. Archer", "Acme", email: "ann@example.com"));

        Assert.Equal(MatchConfidence.Same, match!.Confidence);
        Assert.Equal(MatchRule.Email, match.Rule);
    }

    [Theory]
    [InlineData("07700 900123", "+44 7700 900123")]
    [InlineData("(07700) 900-123", "+447700900123")]
    [InlineData("0044 7700 900123", "+44 (0) 7700 900123")]
    public void Phones_in_national_and_international_forms_are_the_same_number(string national, string international)
    {
        Assert.Equal("+447700900123", s_british.NormalizePhone(national));
        Assert.Equal(s_british.NormalizePhone(national), s_british.NormalizePhone(international));
    }

    [Fact]
    public void A_national_number_is_read_in_the_default_region()
    {
        Assert.Equal("+12025550123", new SamePersonMatcher("US").NormalizePhone("(202) 555-0123"));
        Assert.NotEqual(new SamePersonMatcher("US").NormalizePhone("020 7946 0018"), s_british.NormalizePhone("020 7946 0018"));
    }

    [Fact]
    public void Without_a_region_an_unparsed_number_is_compared_by_its_digits_and_scraps_are_ignored()
    {
        var anywhere = new SamePersonMatcher("");

        Assert.Equal(anywhere.NormalizePhone("020 7946 0018"), anywhere.NormalizePhone("020-7946-0018"));
        Assert.Equal("+442079460018", anywhere.NormalizePhone("+44 20 7946 0018"));
        Assert.Null(anywhere.NormalizePhone("+44 1"));
        Assert.Null(anywhere.NormalizePhone("ext 12"));
    }

    [Fact]
    public void A_shared_phone_is_the_same_person()
    {
        var match = SamePersonMatcher.Compare(Person("Ann Archer", phone: "07700 900123"), Person("Ann Archer", phone: "+44 7700 900123"));

        Assert.Equal(MatchRule.Phone, match!.Rule);
        Assert.True(match.IsSame);
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/ann-archer/")]
    [InlineData("http://linkedin.com/in/Ann-Archer")]
    [InlineData("https://uk.linkedin.com/in/ann-archer?trk=people")]
    [InlineData("linkedin.com/in/ann-archer#about")]
    public void LinkedIn_urls_with_or_without_scheme_locale_trailing_slash_or_query_are_one_profile(string url)
    {
        Assert.Equal("linkedin.com/in/ann-archer", SamePersonMatcher.NormalizeLinkedIn(url));
        Assert.Equal(MatchRule.LinkedIn, SamePersonMatcher.Compare(Person("Ann", linkedIn: url), Person("Ann Archer", linkedIn: "https://www.linkedin.com/in/ann-archer"))!.Rule);
    }

    [Fact]
    public void The_same_full_name_at_the_same_company_is_the_same_person()
    {
        var match = SamePersonMatcher.Compare(Person("Zoë  Ødegaard", "Fjord AS"), Person("zoë ødegaard", "fjord as", email: "zoe@fjord.example"));

        Assert.Equal(new SamePersonMatch(MatchConfidence.Same, MatchRule.NameAndCompany, "same name and company"), match);
    }

    [Fact]
    public void The_same_name_and_company_with_different_emails_is_only_likely()
    {
        var match = SamePersonMatcher.Compare(Person("Jo Smith", "Acme", email: "jo@acme.example"), Person("Jo Smith", "Acme", email: "jo.smith@home.example"));

        Assert.Equal(MatchConfidence.Likely, match!.Confidence);
        Assert.Contains("different emails", match.Reason);
    }

    [Fact]
    public void The_same_name_at_another_company_or_without_one_is_only_likely()
    {
        Assert.Equal(MatchRule.SameNameOnly, SamePersonMatcher.Compare(Person("Jo Smith", "Acme"), Person("Jo Smith", "Globex"))!.Rule);
        Assert.Equal(MatchConfidence.Likely, SamePersonMatcher.Compare(Person("Jo Smith", "Acme"), Person("Jo Smith"))!.Confidence);
    }

    [Theory]
    [InlineData("Katherine Lee", "Katharine Lee")]
    [InlineData("Jonathan Smith", "Jonathon Smith")]
    [InlineData("Priya Raman", "Priya Ramna")]
    [InlineData("Priya Raman", "Priya Rahman")]
    public void Names_one_letter_apart_at_the_same_company_are_likely(string a, string b)
    {
        var match = SamePersonMatcher.Compare(Person(a, "Acme"), Person(b, "Acme"));

        Assert.Equal(new SamePersonMatch(MatchConfidence.Likely, MatchRule.CloseSpelling, "names one letter apart at the same company"), match);
    }

    [Theory]
    [InlineData("Jo Lee", "Jo Lea")]
    [InlineData("Priya Raman", "Priya Roman-Smith")]
    public void Short_names_and_names_further_apart_do_not_match(string a, string b)
    {
        Assert.Null(SamePersonMatcher.Compare(Person(a, "Acme"), Person(b, "Acme")));
    }

    [Fact]
    public void The_index_finds_a_certain_match_before_a_likely_one()
    {
        var index = new SamePersonIndex<string>();
        index.Add(Person("Jo Smith", "Globex"), "namesake");
        index.Add(Person("Jo Smith", "Acme", phone: "07700 900123"), "Jo at Acme");

        var found = index.Find(Person("Jo Smith", "Acme"));

        Assert.Equal("Jo at Acme", found!.Value.Target);
        Assert.Equal(["Jo at Acme", "namesake"], index.FindAll(Person("Jo Smith", "Acme")).Select(m => m.Target));
    }

    [Fact]
    public void The_index_finds_a_close_spelling_without_scanning()
    {
        var index = new SamePersonIndex<string>();
        index.Add(Person("Katherine Lee", "Acme"), "Katherine");

        Assert.Equal("Katherine", index.Find(Person("Katharine Lee", "Acme"))!.Value.Target);
        Assert.Null(index.Find(Person("Katharine Lee", "Globex")));
    }

    [Fact]
    public void The_index_finds_close_spellings_added_before_and_after_their_company_was_first_looked_up()
    {
        var index = new SamePersonIndex<string>();
        index.Add(Person("Katherine Lee", "Acme"), "added first");
        Assert.Equal("added first", index.Find(Person("Katharine Lee", "Acme"))!.Value.Target);

        index.Add(Person("Jonathan Price", "Acme"), "added later");

        Assert.Equal("added later", index.Find(Person("Johnathan Price", "Acme"))!.Value.Target);
        Assert.Null(index.Find(Person("Johnathan Price", "Globex")));
        Assert.Equal("added first", index.Find(Person("Katharine Lee", "Acme"))!.Value.Target);
    }

    [Theory]
    [InlineData("Priya Raman", "Priya Ramna")]
    [InlineData("Priya Raman", "Priya Rahman")]
    [InlineData("Priya Rahman", "Priya Raman")]
    [InlineData("Jonathan Smith", "Jonathon Smith")]
    [InlineData("Jonathan Smith", "Jonathan Smithe")]
    [InlineData("Jonathan Smith", "Xonathan Smith")]
    public void The_index_finds_every_kind_of_one_letter_difference_and_agrees_with_the_full_list(string stored, string looked)
    {
        var index = new SamePersonIndex<string>();
        index.Add(Person("Someone Else", "Acme"), "someone else");
        index.Add(Person(stored, "Acme"), stored);
        index.Add(Person(stored, "Globex"), "elsewhere");

        var found = index.Find(Person(looked, "Acme"));

        Assert.Equal((stored, MatchRule.CloseSpelling), (found!.Value.Target, found.Value.Match.Rule));
        Assert.Equal([stored], index.FindAll(Person(looked, "Acme")).Select(m => m.Target));
        Assert.Null(index.Find(Person(looked, "Initech")));
    }

    [Fact]
    public void An_index_given_room_up_front_finds_the_same_people()
    {
        var index = new SamePersonIndex<string>();
        index.EnsureCapacity(morePeople: 1_000, moreSpellings: 20_000);
        index.Add(Person("Katherine Lee", "Acme", email: "kate@example.com"), "Katherine");
        index.Add(Person("Jo Smith", "Globex", linkedIn: "https://www.linkedin.com/in/josmith"), "Jo");

        Assert.Equal("Katherine", index.Find(Person("Katharine Lee", "Acme"))!.Value.Target);
        Assert.Equal("Katherine", index.Find(Person("K. Lee", email: "kate@example.com"))!.Value.Target);
        Assert.Equal("Jo", index.Find(Person("Joanna Smith", linkedIn: "https://www.linkedin.com/in/josmith"))!.Value.Target);
        Assert.Null(index.Find(Person("Katharine Lee", "Globex")));
    }

    [Theory]
    [InlineData("Katherine Lee", 14)]
    [InlineData("Jo Smith", 9)]
    [InlineData("Jo Smit", 0)]
    public void A_name_long_enough_has_a_spelling_key_whole_and_one_for_each_letter_left_out(string name, int keys)
    {
        Assert.Equal(keys, SamePersonIndex<string>.SpellingKeys(Person(name, "Acme")));
    }
}
