using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Exporting;
using NetworkingCoach.Importing;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Importing;

/// <summary>A real SQLite file in its own temp folder, migrated and served by the same services the apps use.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    // Every table a user's data lives in; the import bookkeeping tables are compared separately.
    private static readonly string[] s_dataTables =
        ["Companies", "Tags", "Contacts", "ContactEmails", "ContactPhones", "ContactTags", "Touchpoints", "Referrals", "Messages", "Settings", "ReminderStates"];

    private readonly ServiceProvider _services;

    private TestStore(string directory, ServiceProvider services)
    {
        Directory = directory;
        _services = services;
    }

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "test.db");
    public ImportService Importer => _services.GetRequiredService<ImportService>();
    public ContactService Contacts => _services.GetRequiredService<ContactService>();
    public ContactMergeService Merger => _services.GetRequiredService<ContactMergeService>();
    public ContactExportService Exporter => _services.GetRequiredService<ContactExportService>();

    public static Task<TestStore> CreateAsync() => OpenAsync(copyOf: null);

    /// <summary>A store over a copy of the given database file, in a folder of its own.</summary>
    public static async Task<TestStore> OpenAsync(string? copyOf)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nc-import-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (copyOf is not null)
        {
            File.Copy(copyOf, Path.Combine(directory, "test.db"));
        }
        else
        {
            await MigratedTemplate.CopyToAsync(Path.Combine(directory, "test.db"));
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddNetworkingCoachCore(DatabaseLocation.ForFile(Path.Combine(directory, "test.db")))
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new TestStore(directory, services);
    }

    public DatabaseLocation Location => _services.GetRequiredService<DatabaseLocation>();

    public AppDbContext CreateDbContext() => _services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public string WriteFile(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public async Task<ImportResult> ImportAsync(string path, ImportOptions? options = null)
    {
        await using var stream = File.OpenRead(path);
        return await Importer.ImportAsync(stream, Path.GetFileName(path), options);
    }

    public async Task<ImportResult> ImportTextAsync(string text, string name = "contacts.csv", ImportOptions? options = null) =>
        await ImportAsync(WriteFile(name, text), options);

    public async Task<string> ExportAsync(ExportFormat format)
    {
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(stream, format);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Every row of every data table, as text, in key order: equal dumps mean an equal database.</summary>
    public string Dump() => Dump(s_dataTables);

    public string Dump(IEnumerable<string> tables)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            text.Append("## ").AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetName(i)).Append('=')
                        .Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(';');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up; it does not affect the result.
        }
    }
}
