using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class VCardFormatTests
{
    [Fact]
    public void Version_2_1_decodes_quoted_printable_with_soft_line_breaks()
    {
        using var stream = Samples.Open("contacts-v21.vcf");
        var detection = ImportFileReader.Detect(stream);
        var rows = ImportFileReader.Read(stream).ToList();

        Assert.Equal(ImportFormatKind.VCard, detection.Format);
        var jose = rows[0];
        Assert.Equal(1, jose.LineNumber);
        Assert.Equal("José Núñez", jose.Name);
        Assert.Equal("Señal Labs", jose.Company);
        Assert.Equal("Met at a football match.\r\nVery long note that Android wraps with a soft line break here.", jose.Notes);
        Assert.Equal([new LabeledValue("+34600000000", "Mobile"), new LabeledValue("+34910000000", "Work")], jose.Phones);
        Assert.Equal([new LabeledValue("jose.nunez@mail.example", "Home")], jose.Emails);
        Assert.Equal("Ann Archer", rows[1].Name);
        Assert.Equal(12, rows[1].LineNumber);
        Assert.Equal([new LabeledValue("ann.archer@example.com", "Work")], rows[1].Emails);
    }

    [Fact]
    public void Version_3_0_reads_item_group_labels_folded_lines_and_escapes()
    {
        var zoe = Samples.Read("contacts-v30.vcf").Single();

        Assert.Equal("Zoë Ødegaard", zoe.Name);
        Assert.Equal([new LabeledValue("zoe@fjord.example", "Board work"), new LabeledValue("zoe@home.example", "Home")], zoe.Emails);
        Assert.Equal([new LabeledValue("+47 400 00 000", "Mobile")], zoe.Phones);
        Assert.Equal("Fjord AS", zoe.Company);
        Assert.Equal("CTO", zoe.Title);
        Assert.Equal("Oslo", zoe.Location);
        Assert.Equal("https://www.linkedin.com/in/zoe-odegaard", zoe.LinkedInUrl);
        Assert.Equal("Met at the Nordic CTO summit, 2019. Talked about hiring; follow up in spring.\nSecond line.", zoe.Notes);
        Assert.Equal(["Mentors", "Nordics"], zoe.Tags);
    }

    [Fact]
    public void Version_4_0_lower_case_properties_and_tel_uris_are_understood()
    {
        var carl = Samples.Read("contacts-v40.vcf").Single();

        Assert.Equal("Carl Chen", carl.Name);
        Assert.Equal([new LabeledValue("carl@chen.example", "Work")], carl.Emails);
        Assert.Equal([new LabeledValue("+1-555-0100", "Mobile")], carl.Phones);
        Assert.Equal("Chen Consulting", carl.Company);
        Assert.Equal("Principal", carl.Title);
        Assert.Equal("Toronto", carl.Location);
        Assert.Equal("https://www.linkedin.com/in/carlchen/?trk=abc", carl.LinkedInUrl);
        Assert.Equal(["Former colleagues"], carl.Tags);
    }

    [Fact]
    public void The_structured_name_is_used_when_there_is_no_formatted_name()
    {
        var row = Samples.ReadText("BEGIN:VCARD\nVERSION:3.0\nN:Núñez;José;;Dr.;\nEND:VCARD\n").Single();

        Assert.Equal("José Núñez", row.Name);
    }

    [Fact]
    public void A_card_without_end_is_kept_with_a_problem()
    {
        var row = Samples.ReadText("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Archer\n").Single();

        Assert.Equal("Ann Archer", row.Name);
        Assert.Contains(row.Problems, p => p.Contains("END:VCARD"));
    }
}
