using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class InFileDuplicateFinderTests
{
    private static ImportedRow Row(int line, string name, string? email = null, string? company = null, string? linkedIn = null) => new()
    {
        LineNumber = line,
        Source = ImportFormatKind.Csv,
        Name = name,
        Emails = email is null ? [] : [new LabeledValue(email)],
        Company = company,
        LinkedInUrl = linkedIn,
    };

    [Fact]
    public void The_same_email_in_another_case_and_with_spaces_is_the_same_person()
    {
        var matches = InFileDuplicateFinder.Find(Samples.Read("generic-semicolon.csv")).ToList();

        var match = matches[2].Match!;
        Assert.Equal(DuplicateKind.SamePerson, match.Kind);
        Assert.Equal(3, match.FirstLineNumber);
        Assert.Equal(4, match.LineNumber);
        Assert.Contains("zoe@fjord.example", match.Reason);
        Assert.Null(matches[0].Match);
    }

    [Fact]
    public void The_same_linkedin_profile_written_differently_is_the_same_person()
    {
        var finder = new InFileDuplicateFinder();

        finder.Add(Row(2, "Ann Archer", linkedIn: "https://www.linkedin.com/in/Ann-Archer/"));
        var match = finder.Add(Row(3, "A. Archer", linkedIn: "http://linkedin.com/in/ann-archer?trk=x"));

        Assert.Equal(DuplicateKind.SamePerson, match!.Kind);
        Assert.Equal(2, match.FirstLineNumber);
    }

    [Fact]
    public void Same_name_and_company_is_the_same_person()
    {
        var finder = new InFileDuplicateFinder();

        finder.Add(Row(2, "Zoë  Ødegaard", company: "Fjord AS"));
        var match = finder.Add(Row(3, "zoë ødegaard", "zoe@other.example", "fjord as"));

        Assert.Equal(DuplicateKind.SamePerson, match!.Kind);
    }

    [Fact]
    public void Same_name_at_another_company_is_only_a_likely_duplicate()
    {
        var finder = new InFileDuplicateFinder();

        finder.Add(Row(2, "Jo Smith", company: "Acme"));

        Assert.Equal(DuplicateKind.Likely, finder.Add(Row(3, "Jo Smith", company: "Globex"))!.Kind);
    }

    [Fact]
    public void A_row_matches_through_any_of_its_emails()
    {
        var finder = new InFileDuplicateFinder();
        finder.Add(Row(2, "Ann", "ann@home.example"));

        var second = new ImportedRow
        {
            LineNumber = 3,
            Source = ImportFormatKind.Google,
            Name = "Ann Archer",
            Emails = [new LabeledValue("ann@work.example"), new LabeledValue("ANN@home.example")],
        };

        Assert.Equal(2, finder.Add(second)!.FirstLineNumber);
    }
}
