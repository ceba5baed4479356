using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Web.Features.Touchpoints;

namespace NetworkingCoach.Web.Tests.Components;

public sealed class TouchpointDialogTests : StoreComponentTests
{
    private int _contactId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _contactId = await Context.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Maya Thompson" });
    }

    [Fact]
    public async Task Pressing_save_with_a_choice_missing_says_that_nothing_was_saved_and_stores_nothing()
    {
        var dialogs = await OpenDialogAsync();

        dialogs.WaitForElement("form.touchpoint-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Nothing was saved yet: check the fields above and press Save touchpoint again.", dialogs.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(15));
        Assert.Contains("Choose how it happened.", dialogs.Markup);
        Assert.Equal(0, await StoredTouchpointsAsync());
    }

    [Fact]
    public async Task A_channel_chosen_after_reading_the_message_waits_for_save_to_be_pressed_again()
    {
        var dialogs = await OpenDialogAsync();
        var channel = ChannelPicker(dialogs);

        dialogs.WaitForElement("form.touchpoint-form").Submit();
        dialogs.WaitForAssertion(() => Assert.Contains("Choose how it happened.", dialogs.Markup), TimeSpan.FromSeconds(15));
        await dialogs.InvokeAsync(() => channel.Instance.SelectOption(NetworkingCoach.Domain.Channel.Phone));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Contains("Save touchpoint", dialogs.Markup);
        Assert.Equal(0, await StoredTouchpointsAsync());
    }

    [Fact]
    public async Task A_channel_chosen_just_after_save_was_pressed_is_waited_for_and_the_touchpoint_is_stored()
    {
        var dialogs = await OpenDialogAsync();
        var channel = ChannelPicker(dialogs);

        var submitted = dialogs.WaitForElement("form.touchpoint-form").SubmitAsync();
        await dialogs.InvokeAsync(() => channel.Instance.SelectOption(NetworkingCoach.Domain.Channel.Phone));
        await submitted;

        await using var db = await Context.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        dialogs.WaitForAssertion(() => Assert.Equal(1, db.Touchpoints.Count()), TimeSpan.FromSeconds(15));
        Assert.Equal(NetworkingCoach.Domain.Channel.Phone, (await db.Touchpoints.SingleAsync()).Channel);
    }

    private async Task<int> StoredTouchpointsAsync()
    {
        await using var db = await Context.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Touchpoints.CountAsync();
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenDialogAsync()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var service = Context.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => service.ShowAsync<TouchpointDialog>("Log a touchpoint", new DialogParameters<TouchpointDialog> { { d => d.ContactId, _contactId } }));
        return dialogs;
    }

    private static IRenderedComponent<MudSelect<NetworkingCoach.Domain.Channel?>> ChannelPicker(IRenderedComponent<MudDialogProvider> dialogs) =>
        dialogs.FindComponents<MudSelect<NetworkingCoach.Domain.Channel?>>()[0];
}
