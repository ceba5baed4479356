using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>A bUnit context that renders MudBlazor components the way the app does.</summary>
public static class ComponentContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }

    /// <summary>The core's services over a migrated SQLite file in the folder, as the app has them.</summary>
    public static async Task AddStoreAsync(this BunitContext context, string dataDirectory)
    {
        context.Services.AddLogging();
        context.Services.AddNetworkingCoachCore(DatabaseLocation.ForFile(Path.Combine(dataDirectory, DatabaseLocation.FileName)));
        await context.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }
}
