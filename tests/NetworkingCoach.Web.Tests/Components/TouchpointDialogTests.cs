using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Web.Features.Touchpoints;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Components;

public sealed class TouchpointDialogTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly BunitContext _context = ComponentContext.Create();
    private int _contactId;

    public async Task InitializeAsync()
    {
        await _context.AddStoreAsync(_data.Path);
        _contactId = await _context.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Maya Thompson" });
        _context.Render<MudPopoverProvider>();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task Pressing_save_with_a_choice_missing_says_that_nothing_was_saved_and_stores_nothing()
    {
        var dialogs = _context.Render<MudDialogProvider>();
        var service = _context.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => service.ShowAsync<TouchpointDialog>("Log a touchpoint", new DialogParameters<TouchpointDialog> { { d => d.ContactId, _contactId } }));

        dialogs.WaitForElement("form.touchpoint-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Nothing was saved yet: check the fields above and press Save touchpoint again.", dialogs.Find("[role=alert]").TextContent));
        Assert.Contains("Choose how it happened.", dialogs.Markup);
        await using var db = await _context.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Touchpoints.CountAsync());
    }
}
