using System.Text;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Exporting;

public class VCardWriterTests
{
    private static byte[] Write(IEnumerable<ExportedContact> contacts)
    {
        var stream = new MemoryStream();
        VCardWriter.WriteAll(stream, contacts);
        return stream.ToArray();
    }

    [Fact]
    public void Cards_are_version_4_with_crlf_lines_and_escaped_text()
    {
        var text = Encoding.UTF8.GetString(Write([ContactCsvWriterTests.People[0]]));

        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Núñez\\, José\r\n", text);
        Assert.Contains("EMAIL;TYPE=work:jose@senal.example\r\n", text);
        Assert.Contains("TEL;TYPE=cell:+34 600 000 000\r\n", text);
        Assert.Contains("NOTE:Two lines:\\nlikes tapas\\; paella too.\r\n", text);
        Assert.EndsWith("END:VCARD\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var contact = new ExportedContact { Name = "Zoë", Notes = string.Concat(Enumerable.Repeat("Ødegaard 😀 ", 40)) };

        var bytes = Write([contact]);
        var lines = SplitLines(bytes);

        Assert.All(lines, line => Assert.True(line.Length <= 75, $"{line.Length} octets"));
        Assert.All(lines, line => Assert.Equal(line, Encoding.UTF8.GetBytes(new UTF8Encoding(false, true).GetString(line))));
        Assert.Contains(lines, line => line.Length > 70);
    }

    [Fact]
    public void Export_then_import_gives_back_the_same_contacts()
    {
        var people = ContactCsvWriterTests.People
            .Append(new ExportedContact
            {
                Name = "Carl Chen",
                Emails = [new LabeledValue("carl@chen.example", "Board work"), new LabeledValue("carl@home.example", "Home")],
                Phones = [new LabeledValue("+1 555 0100", "Other"), new LabeledValue("+1 555 0101")],
                Location = "Toronto, ON",
                Tags = ["Former colleagues", "a\\b"],
                Notes = string.Concat(Enumerable.Repeat("A long note with ünïcödé that must fold. ", 10)).TrimEnd(),
            })
            .ToList();

        var rows = ImportFileReader.Read(new MemoryStream(Write(people))).ToList();

        Assert.All(rows, r => Assert.Equal(ImportFormatKind.VCard, r.Source));
        Assert.Equal(people.Select(RoundTrip.Shape), rows.Select(RoundTrip.Shape));
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        return lines;
    }
}
