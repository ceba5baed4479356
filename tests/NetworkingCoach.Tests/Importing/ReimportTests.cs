using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Domain;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Tests.Importing;

public class ReimportTests
{
    public static TheoryData<string> SampleFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Importing", "Samples")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Importing_a_sample_file_a_second_time_creates_nobody(string sample)
    {
        await using var store = await TestStore.CreateAsync();
        await using (var first = Samples.Open(sample))
        {
            await store.Importer.ImportAsync(first, sample);
        }

        var contacts = await store.Contacts.CountAsync();

        ImportResult again;
        await using (var second = Samples.Open(sample))
        {
            again = await store.Importer.ImportAsync(second, sample);
        }

        Assert.Equal(0, again.Counts.Created);
        Assert.Equal(contacts, await store.Contacts.CountAsync());
    }

    [Fact]
    public async Task An_outlook_file_of_names_and_phones_only_is_merged_by_phone_on_the_second_import()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.CreateDbContext())
        {
            db.Settings.Add(new Setting { Key = "PreferenceSettings.PhoneRegion", Value = "GB" });
            await db.SaveChangesAsync();
        }

        const string file = "First Name,Last Name,E-mail Address,Mobile Phone,Categories\nAnn,Archer,,07700 900123,Mentors;Friends\nBo,Berg,,+44 7700 900456,\n";
        var first = await store.ImportTextAsync(file, "outlook.csv");

        var again = await store.ImportTextAsync(file.Replace("07700 900123", "+44 (0)7700 900123", StringComparison.Ordinal), "outlook.csv");

        Assert.Equal(ImportFormatKind.Outlook, first.Format);
        Assert.Equal(new ImportCounts(2, 0, 2, 0, 0), again.Counts);
        await using var check = store.CreateDbContext();
        var ann = await check.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Name == "Ann Archer");
        Assert.Equal(["Friends", "Mentors"], ann.Tags.Select(t => t.Tag.Name).Order());
    }
}
