using System.Text;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;
using NetworkingCoach.Tests.Importing;

namespace NetworkingCoach.Tests.Exporting;

public class ContactCsvWriterTests
{
    public static IReadOnlyList<ExportedContact> People { get; } =
    [
        new()
        {
            Name = "Núñez, José",
            Emails = [new LabeledValue("jose@senal.example", "Work"), new LabeledValue("jose.nunez@mail.example")],
            Phones = [new LabeledValue("+34 600 000 000", "Mobile")],
            Company = "Señal Labs",
            Title = "Senior \"Data\" Engineer",
            Location = "Madrid",
            LinkedInUrl = "https://www.linkedin.com/in/jose-nunez-42",
            HowWeMet = "Football, then coffee",
            KnownSince = new DateOnly(2019, 1, 7),
            Birthday = new DateOnly(1990, 2, 3),
            Closeness = 4,
            Tags = ["Football", "Spain"],
            Notes = "Two lines:\nlikes tapas; paella too.",
        },
        new() { Name = "Zoë Ødegaard", Company = "Fjord AS", Tags = ["Mentors"], Birthday = NetworkingCoach.Domain.Birthday.WithoutYear(2, 29) },
        new()
        {
            Name = "Mallory",
            Emails = [new LabeledValue("=1+2@evil.example")],
            Company = "=HYPERLINK(\"http://evil.example\",\"x\")",
            Title = "-cmd",
            Notes = "@SUM(A1)",
            HowWeMet = "'=already quoted",
        },
    ];

    private static string Write(IEnumerable<ExportedContact> contacts)
    {
        var stream = new MemoryStream();
        ContactCsvWriter.WriteAll(stream, contacts);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Formula_like_cells_are_neutralised_with_an_apostrophe()
    {
        var text = Write(People);

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", text);
        Assert.Contains(",'-cmd,", text);
        Assert.Contains("'@SUM(A1)", text);
        Assert.Contains("'=1+2@evil.example", text);
        Assert.DoesNotContain(",=", text);
    }

    [Fact]
    public void Output_starts_with_a_byte_order_mark_and_the_header()
    {
        var stream = new MemoryStream();
        ContactCsvWriter.WriteAll(stream, People);
        var bytes = stream.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Name,Emails,Phones,Company,Title,Location,LinkedIn URL,How We Met,Known Since,Birthday,Closeness,Tags,Notes\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_header_maps_back_to_every_field_automatically()
    {
        var mapping = ColumnMapping.Guess(ContactCsvWriter.Header);

        Assert.Equal(
            [ImportField.Name, ImportField.Email, ImportField.Phone, ImportField.Company, ImportField.Title, ImportField.Location,
             ImportField.LinkedInUrl, ImportField.HowWeMet, ImportField.KnownSince, ImportField.Birthday, ImportField.Closeness, ImportField.Tags, ImportField.Notes],
            ContactCsvWriter.Header.Select(h => mapping[h]));
    }

    [Fact]
    public void Export_then_import_gives_back_the_same_contacts()
    {
        var stream = new MemoryStream();
        ContactCsvWriter.WriteAll(stream, People);
        stream.Position = 0;

        var detection = ImportFileReader.Detect(stream);
        var rows = ImportFileReader.Read(stream).ToList();

        Assert.Equal(ImportFormatKind.Csv, detection.Format);
        Assert.Equal(People.Select(RoundTrip.Shape), rows.Select(RoundTrip.Shape));
    }

    [Fact]
    public void Birthdays_are_written_as_iso_dates_and_without_a_year_as_dashes_guarded_against_formulas()
    {
        var text = Write(People);

        Assert.Contains(",2019-01-07,1990-02-03,4,", text);
        Assert.Contains("Zoë Ødegaard,,,Fjord AS,,,,,,'--02-29,,Mentors,", text);
    }

    [Fact]
    public void An_export_written_before_birthdays_still_reads_as_our_own()
    {
        var text = "Name,Emails,Phones,Company,Title,Location,LinkedIn URL,How We Met,Known Since,Closeness,Tags,Notes\r\n"
            + "Ann Archer,,'+44 20 7946 0000,Acme,,,,,,,,\r\n";

        var row = Assert.Single(Samples.ReadText(text));

        Assert.Equal("+44 20 7946 0000", row.Phones[0].Value);
    }

    [Fact]
    public void An_empty_export_still_has_its_header()
    {
        Assert.StartsWith("Name,Emails", Write([]).TrimStart('\uFEFF'));
    }
}
