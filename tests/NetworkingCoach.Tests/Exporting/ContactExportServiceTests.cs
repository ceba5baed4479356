using System.Text;
using NetworkingCoach.Contacts;
using NetworkingCoach.Exporting;
using NetworkingCoach.Tests.Importing;

namespace NetworkingCoach.Tests.Exporting;

public class ContactExportServiceTests
{
    [Fact]
    public async Task Export_follows_the_grid_filter_and_neutralises_formulas()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.CreateAsync(new ContactInput { Name = "Ann Archer", Company = "=cmd|' /C calc'!A0" });
        await store.Contacts.CreateAsync(new ContactInput { Name = "Bo Brown", Company = "Northwind" });
        var archived = await store.Contacts.CreateAsync(new ContactInput { Name = "Cy Northwind", Company = "Northwind" });
        await store.Contacts.SetArchivedAsync(archived, true);

        using var stream = new MemoryStream();
        var count = await store.Exporter.WriteAsync(stream, ExportFormat.Csv, new ContactQuery { Search = "northwind" });

        Assert.Equal(1, count);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Bo Brown,", lines[1]);
        Assert.Contains("'=cmd", await store.ExportAsync(ExportFormat.Csv));
    }

    [Fact]
    public async Task An_empty_database_exports_a_header_only_csv_and_an_empty_vcard_file()
    {
        await using var store = await TestStore.CreateAsync();

        Assert.Equal("\uFEFF" + string.Join(",", ContactCsvWriter.Header) + "\r\n", await store.ExportAsync(ExportFormat.Csv));
        Assert.Equal("", await store.ExportAsync(ExportFormat.VCard));
    }

    [Fact]
    public async Task More_contacts_than_one_page_are_all_exported_in_order()
    {
        await using var store = await TestStore.CreateAsync();
        var text = new StringBuilder("Name,Email\n");
        for (var i = 0; i < 2_500; i++)
        {
            text.Append($"Person {i:D4},person{i}@example.com\n");
        }

        await store.ImportTextAsync(text.ToString());

        var vcards = await store.ExportAsync(ExportFormat.VCard);
        var names = vcards.Split("\r\n").Where(l => l.StartsWith("FN:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2_500, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }
}
