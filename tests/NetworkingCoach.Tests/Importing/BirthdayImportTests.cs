using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class BirthdayImportTests
{
    [Fact]
    public void Outlook_keeps_the_birthday_and_reads_its_empty_date_as_none()
    {
        var rows = Samples.Read("outlook-web-birthdays.csv");

        Assert.Equal(ImportFormatKind.Outlook, rows[0].Source);
        Assert.Equal(new DateOnly(1985, 4, 12), rows[0].Birthday);
        Assert.Equal("Met at ProductCon.", rows[0].Notes);
        Assert.Null(rows[1].Birthday);
        Assert.Null(rows[1].Notes);
    }

    [Fact]
    public void VCard_keeps_birthdays_of_every_version_with_or_without_a_year()
    {
        var rows = Samples.Read("contacts-birthdays.vcf");

        Assert.Equal(new DateOnly(1985, 4, 12), rows[0].Birthday);
        Assert.Equal(Birthday.WithoutYear(2, 29), rows[1].Birthday);
        Assert.Equal(new DateOnly(1990, 2, 3), rows[2].Birthday);
    }

    [Fact]
    public void A_birthday_no_one_can_read_stays_in_the_notes()
    {
        var cy = Samples.Read("contacts-birthdays.vcf")[3];

        Assert.Null(cy.Birthday);
        Assert.Equal("Runs marathons.\nBirthday: circa 1800", cy.Notes);
    }

    [Fact]
    public void A_generic_csv_birthday_column_is_mapped_and_a_bad_date_is_a_problem()
    {
        var rows = Samples.ReadText("Name,Date of birth\nAnn Archer,1985-04-12\nBo Brown,soon\n");

        Assert.Equal(new DateOnly(1985, 4, 12), rows[0].Birthday);
        Assert.Contains(rows[1].Problems, p => p.Contains("is not a date"));
    }

    [Fact]
    public async Task An_import_stores_the_birthday_and_a_merge_fills_a_missing_one()
    {
        await using var store = await TestStore.CreateAsync();
        var id = await store.Contacts.CreateAsync(new ContactInput { Name = "Leap Day", Emails = [new NetworkingCoach.Contacts.LabeledValue { Value = "leap@example.com" }] });

        var result = await store.ImportAsync(Path.Combine(AppContext.BaseDirectory, "Importing", "Samples", "contacts-birthdays.vcf"));

        Assert.Equal(1, result.Counts.Merged);
        await using var db = store.CreateDbContext();
        var birthdays = await db.Contacts.OrderBy(c => c.Name).Select(c => new { c.Name, c.Birthday }).ToListAsync();
        Assert.Equal(new DateOnly(1985, 4, 12), birthdays.Single(b => b.Name == "Ann Archer").Birthday);
        Assert.Equal(new DateOnly(1990, 2, 3), birthdays.Single(b => b.Name == "Bo Brown").Birthday);
        Assert.Equal(Birthday.WithoutYear(2, 29), (await store.Contacts.GetAsync(id))!.Birthday);
    }

    [Fact]
    public async Task Birthdays_survive_an_export_and_a_reimport_into_another_database_in_both_formats()
    {
        await using var source = await TestStore.CreateAsync();
        await source.ImportAsync(Path.Combine(AppContext.BaseDirectory, "Importing", "Samples", "contacts-birthdays.vcf"));

        foreach (var (format, name) in new[] { (ExportFormat.Csv, "contacts.csv"), (ExportFormat.VCard, "contacts.vcf") })
        {
            await using var target = await TestStore.CreateAsync();
            await target.ImportTextAsync(await source.ExportAsync(format), name);

            await using var db = target.CreateDbContext();
            var birthdays = await db.Contacts.Where(c => c.Birthday != null).OrderBy(c => c.Name).Select(c => c.Birthday).ToListAsync();
            Assert.Equal([new DateOnly(1985, 4, 12), new DateOnly(1990, 2, 3), Birthday.WithoutYear(2, 29)], birthdays);
        }
    }
}
