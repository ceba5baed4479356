using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;
using NetworkingCoach.Web.Features.Touchpoints;

namespace NetworkingCoach.Web.Tests.Components;

public sealed class ContactTimelineSectionTests : StoreComponentTests
{
    public override async Task InitializeAsync()
    {
        Context.Services.AddScoped<TouchpointDialogs>();
        await base.InitializeAsync();
    }

    [Fact]
    public async Task A_long_history_lists_its_newest_part_and_show_more_lists_the_rest_moving_the_keyboard_to_the_first_added()
    {
        var total = TouchpointService.TimelinePageSize + 5;
        var contactId = await ContactWithTouchpointsAsync(total);

        var section = Context.Render<ContactTimelineSection>(p => p.Add(x => x.ContactId, contactId));

        section.WaitForAssertion(() => Assert.Equal(TouchpointService.TimelinePageSize, section.FindAll("li.timeline-entry").Count));
        Assert.Contains($"Showing the latest {TouchpointService.TimelinePageSize} of {total}.", section.Markup);
        Assert.Contains($"{total} touchpoints", section.Find("dl.facts").TextContent);
        var more = section.Find("button[aria-label='Show 5 more: History']");

        more.Click();

        section.WaitForAssertion(() => Assert.Equal(total, section.FindAll("li.timeline-entry").Count));
        Assert.Empty(section.FindAll("button[aria-label^='Show ']"));
        var firstAdded = section.FindAll("li.timeline-entry")[TouchpointService.TimelinePageSize].QuerySelector("button[id^='touchpoint-']")!;
        var focus = Context.JSInterop.Invocations.Where(i => i.Identifier == "networkingCoach.focusIfIdle").ToList();
        Assert.Equal(firstAdded.Id, Assert.Single(focus).Arguments[0]);
    }

    [Fact]
    public async Task A_short_history_has_no_show_more()
    {
        var contactId = await ContactWithTouchpointsAsync(3);

        var section = Context.Render<ContactTimelineSection>(p => p.Add(x => x.ContactId, contactId));

        section.WaitForAssertion(() => Assert.Equal(3, section.FindAll("li.timeline-entry").Count));
        Assert.DoesNotContain("Showing the latest", section.Markup);
        Assert.Empty(section.FindAll("button[aria-label^='Show ']"));
    }

    private async Task<int> ContactWithTouchpointsAsync(int count)
    {
        var contactId = await Context.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput { Name = "Maya Thompson" });
        var touchpoints = Context.Services.GetRequiredService<TouchpointService>();
        var now = DateTime.Now;
        for (var daysAgo = 1; daysAgo <= count; daysAgo++)
        {
            await touchpoints.LogAsync(new TouchpointInput
            {
                ContactId = contactId,
                OccurredAt = now.AddDays(-daysAgo),
                Channel = Channel.Phone,
                Direction = Direction.IReachedOut,
                Intent = TouchpointIntent.KeepInTouch,
            });
        }

        return contactId;
    }
}
