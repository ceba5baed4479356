using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetworkingCoach.Demo;
using NetworkingCoach.Exporting;
using NetworkingCoach.Matching;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Exporting;

public class EverythingExportTests
{
    [Fact]
    public async Task Everything_exported_and_loaded_into_an_empty_database_reproduces_every_table()
    {
        await using var source = await TestStore.CreateAsync();
        await source.Get<DemoDataService>().SeedAsync(60);
        var a = await source.AddContactAsync("Jo Smith", company: "Acme");
        var b = await source.AddContactAsync("Jo Smith", company: "Globex");
        await source.Get<DuplicateReviewService>().KeepApartAsync(a, b);
        using var file = new MemoryStream();
        await source.Get<EverythingExportService>().ExportAsync(file, source.Clock.UtcNow);
        await using var target = await TestStore.CreateAsync();

        file.Position = 0;
        var counts = await target.Get<EverythingExportService>().ImportAsync(file);

        Assert.Equal(62, counts["Contacts"]);
        Assert.Equal(1, counts["SamePersonDecisions"]);
        var tables = Tables(source.DatabasePath);
        Assert.Contains("Touchpoints", tables);
        Assert.Contains("Referrals", tables);
        Assert.Contains("Messages", tables);
        Assert.Equal(tables, Tables(target.DatabasePath));
        Assert.All(tables, t => Assert.Equal(Dump(source.DatabasePath, t), Dump(target.DatabasePath, t)));
    }

    [Fact]
    public async Task An_export_is_loaded_only_into_an_empty_database()
    {
        await using var source = await TestStore.CreateAsync();
        await source.AddContactAsync("Ann Archer");
        using var file = new MemoryStream();
        await source.Get<EverythingExportService>().ExportAsync(file, source.Clock.UtcNow);
        file.Position = 0;

        var error = await Assert.ThrowsAsync<ExportFileException>(() => source.Get<EverythingExportService>().ImportAsync(file));

        Assert.Contains("not empty", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_an_export_is_refused_and_nothing_is_written()
    {
        await using var target = await TestStore.CreateAsync();

        await Assert.ThrowsAsync<ExportFileException>(() => target.Get<EverythingExportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"contacts\": []}"))));
        await Assert.ThrowsAsync<ExportFileException>(() => target.Get<EverythingExportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("Name,Email\n"))));

        Assert.Equal("", Dump(target.DatabasePath, "Contacts"));
    }

    private static List<string> Tables(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static string Dump(string path, string table)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(';');
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        return connection;
    }
}
