using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class GoogleContactsFormatTests
{
    [Fact]
    public void Current_export_is_detected_and_maps_organisation_labels_and_notes()
    {
        var rows = Samples.Read("google-current.csv");

        var ann = rows[0];
        Assert.Equal(ImportFormatKind.Google, ann.Source);
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Equal("Archer, Bow & Co", ann.Company);
        Assert.Equal("Head of Product", ann.Title);
        Assert.Equal("London", ann.Location);
        Assert.Equal("https://www.linkedin.com/in/ann-archer", ann.LinkedInUrl);
        Assert.Equal("Met at the product meetup.\nFollow up about \"roadmaps\".", ann.Notes);
        Assert.Equal(new DateOnly(1985, 4, 12), ann.Birthday);
        Assert.Equal(["Friends", "Mentors"], ann.Tags);
    }

    [Fact]
    public void Multi_value_cells_split_on_triple_colons_and_the_starred_label_goes_first()
    {
        var ann = Samples.Read("google-current.csv")[0];

        Assert.Equal(
            [new LabeledValue("ann.archer@example.com", "Work"), new LabeledValue("ann@home.example", "Home"), new LabeledValue("ann.a@home.example", "Home")],
            ann.Emails);
        Assert.Equal([new LabeledValue("+44 7700 900123", "Mobile")], ann.Phones);
    }

    [Fact]
    public void Labels_given_per_value_pair_up_with_their_values()
    {
        var carl = Samples.Read("google-current.csv")[2];

        Assert.Equal("Carl J. Chen", carl.Name);
        Assert.Equal([new LabeledValue("+1 555 0100", "Work"), new LabeledValue("+1 555 0199", "Mobile")], carl.Phones);
        Assert.Empty(carl.Tags);
    }

    [Fact]
    public void System_groups_are_dropped_and_values_are_trimmed_but_not_lower_cased()
    {
        var zoe = Samples.Read("google-current.csv")[1];

        Assert.Empty(zoe.Tags);
        Assert.Equal("ZOE@Fjord.example", Assert.Single(zoe.Emails).Value);
        Assert.Equal("Oslo", zoe.Location);
    }

    [Fact]
    public void A_multi_line_quoted_note_still_gives_the_next_row_its_own_line_number()
    {
        var rows = Samples.Read("google-current.csv");

        Assert.Equal([2, 5, 6], rows.Select(r => r.LineNumber));
    }

    [Fact]
    public void Legacy_utf16_export_reads_with_its_old_column_names()
    {
        using var stream = Samples.Open("google-legacy-utf16.csv");
        var detection = ImportFileReader.Detect(stream);
        var rows = ImportFileReader.Read(stream).ToList();

        Assert.Equal(ImportFormatKind.Google, detection.Format);
        Assert.Equal(System.Text.Encoding.Unicode.CodePage, detection.Encoding.CodePage);
        var jose = rows[0];
        Assert.Equal("José Núñez", jose.Name);
        Assert.Equal("Señal Labs", jose.Company);
        Assert.Equal("Data Engineer", jose.Title);
        Assert.Equal("Madrid", jose.Location);
        Assert.Equal("Likes \"tapas\", paella.", jose.Notes);
        Assert.Equal(new DateOnly(1990, 2, 3), jose.Birthday);
        Assert.Equal(["Football"], jose.Tags);
        Assert.Equal(
            [new LabeledValue("jose@senal.example", "Work"), new LabeledValue("jose.nunez@mail.example", "Other")], jose.Emails);
        Assert.Equal("https://es.linkedin.com/in/jose-nunez-42/", jose.LinkedInUrl);
        Assert.Equal("Ødegaard, Zoë", rows[1].Name);
        Assert.Equal(4, rows[1].LineNumber);
    }
}
