using System.Text;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;

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
            Closeness = 4,
            Tags = ["Football", "Spain"],
            Notes = "Two lines:\nlikes tapas; paella too.",
        },
        new() { Name = "Zoë Ødegaard", Company = "Fjord AS", Tags = ["Mentors"] },
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
        Assert.StartsWith("Name,Emails,Phones,Company,Title,Location,LinkedIn URL,How We Met,Known Since,Closeness,Tags,Notes\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_header_maps_back_to_every_field_automatically()
    {
        var mapping = ColumnMapping.Guess(ContactCsvWriter.Header);

        Assert.Equal(
            [ImportField.Name, ImportField.Email, ImportField.Phone, ImportField.Company, ImportField.Title, ImportField.Location,
             ImportField.LinkedInUrl, ImportField.HowWeMet, ImportField.KnownSince, ImportField.Closeness, ImportField.Tags, ImportField.Notes],
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
    public void An_empty_export_still_has_its_header()
    {
        Assert.StartsWith("Name,Emails", Write([]).TrimStart('\uFEFF'));
    }
}
