using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.TestSupport;

/// <summary>A real, migrated SQLite file in a temp folder with the app's services over it and a fixed clock.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string _directory;

    private TestStore(string directory, ServiceProvider services, FixedClock clock)
    {
        _directory = directory;
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    public FixedClock Clock { get; }

    public static async Task<TestStore> CreateAsync(FixedClock? clock = null)
    {
        clock ??= new FixedClock();
        var directory = Path.Combine(Path.GetTempPath(), "nc-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddNetworkingCoachData(DatabaseLocation.ForFile(Path.Combine(directory, "test.db")));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new TestStore(directory, provider, clock);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<AppDbContext> OpenAsync() =>
        await Get<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

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

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
