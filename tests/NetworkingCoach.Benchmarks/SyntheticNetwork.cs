using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Benchmarks;

/// <summary>A fresh, migrated database file filled by <see cref="BigNetworkBuilder"/>, with the app's services over it.</summary>
public static class SyntheticNetwork
{
    public static async Task<ServiceProvider> CreateAsync(string path, int contacts, int touchpoints, DateTime nowUtc)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var location = DatabaseLocation.ForFile(path);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNetworkingCoachCore(location);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        BigNetworkBuilder.Build(location.ConnectionString, contacts, touchpoints, nowUtc);
        SqliteConnection.ClearAllPools();
        return provider;
    }
}
