using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class LinkedInConnectionsFormatTests
{
    [Fact]
    public void Current_export_is_detected_past_its_three_line_preamble()
    {
        using var stream = Samples.Open("linkedin-current.csv");

        var detection = ImportFileReader.Detect(stream);

        Assert.Equal(ImportFormatKind.LinkedIn, detection.Format);
        Assert.Equal(4, detection.HeaderLineNumber);
        Assert.Equal("First Name", detection.Headers[0]);
        Assert.Equal(4, detection.Preview.Count);
    }

    [Fact]
    public void Rows_map_columns_by_name_and_connected_on_becomes_known_since()
    {
        var rows = Samples.Read("linkedin-current.csv");

        var ann = rows[0];
        Assert.Equal(5, ann.LineNumber);
        Assert.Equal(ImportFormatKind.LinkedIn, ann.Source);
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Equal("ann.archer@example.com", Assert.Single(ann.Emails).Value);
        Assert.Equal("Archer, Bow & Co", ann.Company);
        Assert.Equal("Head of Product", ann.Title);
        Assert.Equal("https://www.linkedin.com/in/ann-archer", ann.LinkedInUrl);
        Assert.Equal(new DateOnly(2025, 9, 4), ann.KnownSince);
        Assert.Empty(ann.Problems);
    }

    [Fact]
    public void Missing_emails_quotes_and_accents_come_through_as_written()
    {
        var jose = Samples.Read("linkedin-current.csv")[1];

        Assert.Equal("José Núñez", jose.Name);
        Assert.Empty(jose.Emails);
        Assert.Equal("Senior \"Data\" Engineer", jose.Title);
        Assert.Equal(new DateOnly(2019, 1, 7), jose.KnownSince);
    }

    [Fact]
    public void An_unparseable_date_keeps_the_row_and_reports_the_problem()
    {
        var bob = Samples.Read("linkedin-current.csv")[3];

        Assert.Null(bob.KnownSince);
        Assert.Contains(bob.Problems, p => p.Contains("not a date"));
        Assert.StartsWith("=HYPERLINK(", bob.Company);
    }

    [Fact]
    public void Excel_resave_in_windows_1252_with_short_dates_reads_the_same_people()
    {
        using var stream = Samples.Open("linkedin-excel-resave.csv");
        var detection = ImportFileReader.Detect(stream);
        var rows = ImportFileReader.Read(stream).ToList();

        Assert.Equal(1252, detection.Encoding.CodePage);
        Assert.Equal(ImportFormatKind.LinkedIn, detection.Format);
        Assert.Equal(["Ann Archer", "José Núñez", "Zoë Ødegaard"], rows.Select(r => r.Name));
        Assert.Equal([new DateOnly(2025, 9, 4), new DateOnly(2019, 1, 7), new DateOnly(2021, 3, 12)], rows.Select(r => r.KnownSince!.Value));
        Assert.Equal(5, rows[0].LineNumber);
    }

    [Fact]
    public void Columns_in_another_order_are_still_found_by_name()
    {
        var rows = Samples.ReadText("Connected On,Position,Company,Email Address,URL,Last Name,First Name\n1 Feb 2020,Engineer,Acme,,https://linkedin.com/in/x,Smith,Jo\n");

        Assert.Equal("Jo Smith", rows[0].Name);
        Assert.Equal("Acme", rows[0].Company);
        Assert.Equal(new DateOnly(2020, 2, 1), rows[0].KnownSince);
    }

    [Fact]
    public void Forcing_linkedin_on_a_file_without_its_header_explains_what_is_missing()
    {
        var error = Assert.Throws<ImportException>(() => Samples.Read("generic-semicolon.csv", new ImportOptions { Format = ImportFormatKind.LinkedIn }));

        Assert.Equal(ImportErrorKind.MissingColumns, error.Kind);
    }
}
