using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class GenericCsvFormatTests
{
    [Fact]
    public void European_semicolon_file_is_detected_with_a_guessed_mapping_and_preview()
    {
        using var stream = Samples.Open("generic-semicolon.csv");

        var detection = ImportFileReader.Detect(stream, new ImportOptions { PreviewRows = 2 });

        Assert.Equal(ImportFormatKind.Csv, detection.Format);
        Assert.Equal(';', detection.Delimiter);
        Assert.Equal(2, detection.Preview.Count);
        var mapping = detection.Mapping!;
        Assert.Equal(ImportField.Name, mapping["Full name"]);
        Assert.Equal(ImportField.Email, mapping["E-mail"]);
        Assert.Equal(ImportField.Phone, mapping["Mobile"]);
        Assert.Equal(ImportField.Company, mapping["Organisation"]);
        Assert.Equal(ImportField.Title, mapping["Role"]);
        Assert.Equal(ImportField.LinkedInUrl, mapping["LinkedIn"]);
        Assert.Equal(ImportField.Location, mapping["City"]);
        Assert.Equal(ImportField.Notes, mapping["Notes"]);
        Assert.Equal(ImportField.Tags, mapping["Tags"]);
    }

    [Fact]
    public void Rows_are_read_through_the_mapping_with_column_labels_for_phones()
    {
        var rows = Samples.Read("generic-semicolon.csv");

        var jose = rows[0];
        Assert.Equal("Núñez, José", jose.Name);
        Assert.Equal([new LabeledValue("jose@senal.example")], jose.Emails);
        Assert.Equal([new LabeledValue("+34 600 000 000", "Mobile")], jose.Phones);
        Assert.Equal("Met at a meetup, nice chap", jose.Notes);
        Assert.Equal(["Football", "Spain"], jose.Tags);
        Assert.Equal("Said \"call me\"", rows[1].Notes);
        Assert.Equal("ZOE@fjord.example", rows[1].Emails[0].Value);
    }

    [Fact]
    public void Formula_like_cells_are_stored_as_they_came()
    {
        var mallory = Samples.Read("generic-semicolon.csv")[3];

        Assert.Equal("=1+2", mallory.Emails[0].Value);
        Assert.Equal("@SUM(A1)", mallory.Company);
        Assert.Equal("-cmd", mallory.Title);
        Assert.Equal("+notes", mallory.Notes);
    }

    [Fact]
    public void A_sep_line_is_honoured_and_not_taken_for_the_header()
    {
        var row = Samples.Read("generic-sep-line.csv").Single();

        Assert.Equal("Ann Archer", row.Name);
        Assert.Equal("Archer, Bow & Co", row.Company);
        Assert.Equal(3, row.LineNumber);
    }

    [Fact]
    public void A_mapping_override_changes_only_the_named_columns()
    {
        var text = "Who,Mail,Where\nAnn Archer,ann@example.com,London\n";
        var options = new ImportOptions { Format = ImportFormatKind.Csv, Mapping = ColumnMapping.Parse("Who=Name, Where=Location") };

        var row = ImportFileReader.Read(Samples.Utf8(text), options).Single();

        Assert.Equal("Ann Archer", row.Name);
        Assert.Equal("ann@example.com", row.Emails[0].Value);
        Assert.Equal("London", row.Location);
    }

    [Fact]
    public void First_and_last_name_columns_build_the_full_name()
    {
        var row = Samples.ReadText("First name,Surname,Email address\nZoë,Ødegaard,zoe@fjord.example\n").Single();

        Assert.Equal("Zoë Ødegaard", row.Name);
    }

    [Fact]
    public void Bad_known_since_and_closeness_are_reported_on_the_row()
    {
        var row = Samples.ReadText("Name,Known since,Closeness\nAnn,someday,9\n").Single();

        Assert.Null(row.KnownSince);
        Assert.Null(row.Closeness);
        Assert.Equal(2, row.Problems.Count);
    }

    [Fact]
    public void A_file_with_no_recognisable_columns_is_an_unknown_format()
    {
        var error = Assert.Throws<ImportException>(() => Samples.ReadText("a,b,c\n1,2,3\n"));

        Assert.Equal(ImportErrorKind.UnknownFormat, error.Kind);
        Assert.Equal(1, error.LineNumber);
    }
}
