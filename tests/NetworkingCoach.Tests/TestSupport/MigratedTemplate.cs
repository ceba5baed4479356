using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Tests.TestSupport;

/// <summary>
/// An empty database migrated once per test run. Stores start from a copy of it, and their own migrator then
/// finds nothing pending; applying every migration from scratch is checked by the migration tests.
/// </summary>
public static class MigratedTemplate
{
    private static readonly Lazy<Task<string>> s_path = new(CreateAsync);

    /// <summary>Copies the migrated empty database to <paramref name="path"/>.</summary>
    public static async Task CopyToAsync(string path) => File.Copy(await s_path.Value, path);

    private static async Task<string> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nc-template-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        };
        var location = DatabaseLocation.ForFile(Path.Combine(directory, "migrated.db"));
        await using (var services = new ServiceCollection().AddLogging().AddNetworkingCoachCore(location).BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        // VACUUM INTO writes one self-contained file, whatever is still in the write-ahead log.
        var template = Path.Combine(directory, "template.db");
        await using (var connection = new SqliteConnection(location.ConnectionString))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", template);
            await vacuum.ExecuteNonQueryAsync();
            SqliteConnection.ClearPool(connection);
        }

        return template;
    }
}
