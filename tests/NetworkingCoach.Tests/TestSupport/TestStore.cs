using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.TestSupport;

/// <summary>A real SQLite file in a fresh temp folder with the app's services over it, on a fixed clock.</summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>The instant every store's clock reads unless a test gives its own.</summary>
    public static readonly DateTimeOffset Now = FixedClock.Default;

    private TestStore(string directory, ServiceProvider services, FixedClock clock)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
    }

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, DatabaseLocation.FileName);
    public ServiceProvider Services { get; }
    public FixedClock Clock { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public AppDbContext NewContext() => Get<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public async Task<AppDbContext> OpenAsync() => await Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Creates the services without touching the database.</summary>
    /// <summary>Creates the services without migrating; a busy timeout shorter than the app's 60 s keeps lock tests quick.</summary>
    public static TestStore CreateUnmigrated(FixedClock? clock = null, int? busyTimeoutSeconds = null)
    {
        clock ??= new FixedClock();
        var directory = Path.Combine(Path.GetTempPath(), "nc-core-tests-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        var location = DatabaseLocation.ForFile(Path.Combine(directory, DatabaseLocation.FileName));
        if (busyTimeoutSeconds is { } seconds)
        {
            location = location with { ConnectionString = new SqliteConnectionStringBuilder(location.ConnectionString) { DefaultTimeout = seconds }.ToString() };
        }

        services.AddNetworkingCoachCore(location);
        // Query shapes EF Core warns about fail here rather than in a log: a page of rows in no set order, and several
        // collections loaded in one query without saying whether that is meant.
        services.ConfigureDbContext<AppDbContext>(options => options.ConfigureWarnings(warnings => warnings.Throw(
            CoreEventId.RowLimitingOperationWithoutOrderByWarning, RelationalEventId.MultipleCollectionIncludeWarning)));
        return new TestStore(directory, services.BuildServiceProvider(), clock);
    }

    /// <summary>Creates the services and brings the database to the latest schema.</summary>
    public static async Task<TestStore> CreateAsync(FixedClock? clock = null)
    {
        var store = CreateUnmigrated(clock);
        await MigratedTemplate.CopyToAsync(store.DatabasePath);
        await store.Get<DatabaseMigrator>().MigrateAsync();
        return store;
    }

    public Task<int> AddContactAsync(string name, string? email = null, string? linkedIn = null, string? company = null) =>
        Get<ContactService>().CreateAsync(new ContactInput
        {
            Name = name,
            Company = company,
            LinkedInUrl = linkedIn,
            Emails = email is null ? [] : [new LabeledValue { Value = email }],
        });

    /// <summary>A valid touchpoint input with the contact, on the local clock <paramref name="daysAgo"/> days back.</summary>
    public TouchpointInput Touchpoint(int contactId, TouchpointIntent intent = TouchpointIntent.KeepInTouch, Channel channel = Channel.Phone, int daysAgo = 0) => new()
    {
        ContactId = contactId,
        OccurredAt = Clock.LocalNow.AddDays(-daysAgo).AddMinutes(-5),
        Channel = channel,
        Direction = Direction.IReachedOut,
        Intent = intent,
        MeetingPurpose = intent == TouchpointIntent.Meeting ? "Learn how their team hires" : null,
    };

    /// <summary>Chooses the user's time zone in Settings, as the settings page does.</summary>
    public async Task UseTimeZoneAsync(string timeZoneId)
    {
        var settings = Get<NetworkingCoach.Settings.SettingsService>();
        var preferences = await settings.LoadAsync<NetworkingCoach.Settings.PreferenceSettings>();
        preferences.TimeZoneId = timeZoneId;
        await settings.SaveAsync(preferences);
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
            // A leftover temp folder is harmless.
        }
    }
}
