namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>
/// One real app on a data folder of its own, seeded and started on first use and then handed to every test that
/// asks: for tests that only read, which so pay one start (and one first compile of its pages) between them.
/// </summary>
public sealed class SharedApp<T>(Func<string, Task<T>> seed) : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AppProcess? _app;
    private T _seeded = default!;

    /// <summary>The running app and what seeding its data gave (ids of the people in it).</summary>
    public async Task<(AppProcess App, T Seeded)> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_app is null)
            {
                _seeded = await seed(_data.Path);
                _app = await AppProcess.StartAsync(_data.Path);
            }
            else if (_app.HasExited)
            {
                // An app that died fails the test that saw it die, not every later one.
                await _app.DisposeAsync();
                _app = await AppProcess.StartAsync(_data.Path);
            }

            return (_app, _seeded);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _data.Dispose();
        _gate.Dispose();
    }
}
