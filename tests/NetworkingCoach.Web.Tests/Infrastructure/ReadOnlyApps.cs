namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>
/// The apps the browser journeys that only look share, each started when first asked for and stopped when the
/// journeys are done. A journey that saves anything starts an app of its own, so nothing it leaves reaches another.
/// </summary>
public sealed class ReadOnlyApps : IAsyncLifetime
{
    private readonly SharedApp<bool> _empty = new(_ => Task.FromResult(true));
    private readonly SharedApp<(int Dormant, int Strong)> _dormantAndStrong = new(SeededData.DormantAndStrongContactsAsync);
    private readonly SharedApp<DemoNetworkPeople> _demoNetwork = new(SeededData.DemoNetworkAsync);

    /// <summary>An app holding nothing yet, as a new user first sees it.</summary>
    public async Task<AppProcess> EmptyAsync() => (await _empty.GetAsync()).App;

    /// <summary>An app holding a dormant contact (Dana Whitfield) and a strong tie (Sam Okafor).</summary>
    public Task<(AppProcess App, (int Dormant, int Strong) People)> DormantAndStrongAsync() => _dormantAndStrong.GetAsync();

    /// <summary>An app holding the demo network.</summary>
    public Task<(AppProcess App, DemoNetworkPeople People)> DemoNetworkAsync() => _demoNetwork.GetAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _empty.DisposeAsync();
        await _dormantAndStrong.DisposeAsync();
        await _demoNetwork.DisposeAsync();
    }
}
