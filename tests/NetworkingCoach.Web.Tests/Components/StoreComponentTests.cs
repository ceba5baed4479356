using Bunit;
using MudBlazor;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>Component tests over a migrated SQLite file of their own, with MudBlazor's popovers rendered as the app has them.</summary>
public abstract class StoreComponentTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    protected BunitContext Context { get; } = ComponentContext.Create();

    public virtual async Task InitializeAsync()
    {
        await Context.AddStoreAsync(_data.Path);
        Context.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
