using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkingCoach.Data;
using NetworkingCoach.Tests.Coaching;

namespace NetworkingCoach.Tests.TestSupport;

/// <summary>A real SQLite file in a fresh temp folder with the app's services over it, on a fixed clock.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    private TestStore(string directory, ServiceProvider services)
    {
        Directory = directory;
        Services = services;
    }

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, DatabaseLocation.FileName);
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public AppDbContext NewContext() => Get<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>Creates the services without touching the database.</summary>
    public static TestStore CreateUnmigrated(string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "nc-core-tests-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddLogging();
        services.AddNetworkingCoachData(DatabaseLocation.ForFile(Path.Combine(directory, DatabaseLocation.FileName)));
        return new TestStore(directory, services.BuildServiceProvider());
    }

    /// <summary>Creates the services and brings the database to the latest schema.</summary>
    public static async Task<TestStore> CreateAsync()
    {
        var store = CreateUnmigrated();
        await store.Get<DatabaseMigrator>().MigrateAsync();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
