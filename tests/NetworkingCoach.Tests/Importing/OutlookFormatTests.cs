using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class OutlookFormatTests
{
    [Fact]
    public void Web_export_maps_job_title_not_the_honorific()
    {
        var rows = Samples.Read("outlook-web.csv");

        var ann = rows[0];
        Assert.Equal(ImportFormatKind.Outlook, ann.Source);
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Equal("Head of Product", ann.Title);
        Assert.Equal("Archer, Bow & Co", ann.Company);
        Assert.Equal("London", ann.Location);
        Assert.Equal("https://www.linkedin.com/in/ann-archer", ann.LinkedInUrl);
        Assert.Equal(["ann.archer@example.com", "ann@home.example"], ann.Emails.Select(e => e.Value));
        Assert.Equal([new LabeledValue("+44 20 7946 0000", "Work"), new LabeledValue("+44 7700 900123", "Mobile")], ann.Phones);
        Assert.Equal("Met at \"ProductCon\".\nLikes tea.", ann.Notes);
    }

    [Fact]
    public void Web_export_falls_back_to_the_home_city()
    {
        Assert.Equal("Madrid", Samples.Read("outlook-web.csv")[1].Location);
    }

    [Fact]
    public void Desktop_export_skips_the_exchange_address_and_keeps_the_smtp_one()
    {
        using var stream = Samples.Open("outlook-desktop.csv");
        var detection = ImportFileReader.Detect(stream);
        var zoe = ImportFileReader.Read(stream).Single();

        Assert.Equal(ImportFormatKind.Outlook, detection.Format);
        Assert.Equal(92, detection.Headers.Count);
        Assert.Equal(1252, detection.Encoding.CodePage);
        Assert.Equal("Zoë Ødegaard", zoe.Name);
        Assert.Equal("zoe@fjord.example", Assert.Single(zoe.Emails).Value);
        Assert.Equal("CTO", zoe.Title);
        Assert.Equal("Oslo", zoe.Location);
        Assert.Equal(["Mentors", "Nordics"], zoe.Tags);
        Assert.Equal([new LabeledValue("+47 400 00 000", "Mobile")], zoe.Phones);
    }
}
