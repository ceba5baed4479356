using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Touchpoints;

public class TouchpointServiceTests
{
    [Fact]
    public async Task A_logged_touchpoint_is_stored_in_utc_and_shown_back_on_the_local_clock()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var input = store.Touchpoint(ana);
        input.OccurredAt = new DateTime(2026, 11, 22, 8, 0, 0);

        var result = await service.LogAsync(input);

        await using var db = await store.OpenAsync();
        var stored = await db.Touchpoints.SingleAsync();
        Assert.Equal(new DateTime(2026, 11, 21, 22, 0, 0), stored.OccurredAt);
        var entry = Assert.Single((await service.TimelineAsync(ana)).Entries);
        Assert.Equal(result.TouchpointId, entry.Id);
        Assert.Equal(new DateTime(2026, 11, 22, 8, 0, 0), entry.OccurredAtLocal);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_nothing_is_saved()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var future = store.Touchpoint(ana);
        future.OccurredAt = store.Clock.LocalNow.AddDays(2);
        var noChannel = store.Touchpoint(ana);
        noChannel.Channel = null;

        await Assert.ThrowsAsync<ValidationException>(() => service.LogAsync(future));
        await Assert.ThrowsAsync<ValidationException>(() => service.LogAsync(noChannel));

        await using var db = await store.OpenAsync();
        Assert.Equal(0, await db.Touchpoints.CountAsync());
    }

    [Fact]
    public async Task The_timeline_is_newest_first_filters_by_intent_and_keeps_facts_over_everything()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        await service.LogAsync(store.Touchpoint(ana, TouchpointIntent.AdviceRequest, daysAgo: 30));
        await service.LogAsync(store.Touchpoint(ana, TouchpointIntent.OfferHelp, daysAgo: 3));
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting, Channel.InPerson, daysAgo: 10);
        meeting.MeetingAgenda = " Their path \n\n Teams to know ";
        await service.LogAsync(meeting);

        var timeline = await service.TimelineAsync(ana);
        Assert.Equal([TouchpointIntent.OfferHelp, TouchpointIntent.Meeting, TouchpointIntent.AdviceRequest], timeline.Entries.Select(e => e.Intent));
        Assert.Equal(["Their path", "Teams to know"], timeline.Entries[1].AgendaPoints);

        var meetings = await service.TimelineAsync(ana, TouchpointIntent.Meeting);
        Assert.Single(meetings.Entries);
        Assert.Equal(3, meetings.Facts.TotalTouchpoints);
        Assert.Equal(1, meetings.Facts.Asks);
        Assert.Equal(1, meetings.Facts.Gives);
    }

    [Fact]
    public async Task A_long_timeline_lists_its_newest_part_with_the_count_of_all_and_facts_over_all()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var total = TouchpointService.TimelinePageSize + 5;
        for (var daysAgo = 1; daysAgo <= total; daysAgo++)
        {
            await service.LogAsync(store.Touchpoint(ana, daysAgo % 5 == 0 ? TouchpointIntent.Meeting : TouchpointIntent.KeepInTouch, daysAgo: daysAgo));
        }

        var first = await service.TimelineAsync(ana);
        Assert.Equal(TouchpointService.TimelinePageSize, first.Entries.Count);
        Assert.Equal(total, first.Total);
        Assert.Equal(total, first.Facts.TotalTouchpoints);
        Assert.Equal(store.Touchpoint(ana, daysAgo: 1).OccurredAt!.Value, first.Entries[0].OccurredAtLocal, TimeSpan.FromSeconds(1));

        var all = await service.TimelineAsync(ana, take: first.Entries.Count + TouchpointService.TimelinePageSize);
        Assert.Equal(total, all.Entries.Count);
        Assert.Equal(first.Entries.Select(e => e.Id), all.Entries.Take(first.Entries.Count).Select(e => e.Id));
        Assert.Equal(store.Touchpoint(ana, daysAgo: total).OccurredAt!.Value, all.Entries[^1].OccurredAtLocal, TimeSpan.FromSeconds(1));

        var meetings = await service.TimelineAsync(ana, TouchpointIntent.Meeting, take: 2);
        Assert.Equal(2, meetings.Entries.Count);
        Assert.Equal(total / 5, meetings.Total);
    }

    [Fact]
    public async Task Editing_keeps_the_contact_and_clears_meeting_fields_when_it_is_no_longer_a_meeting()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg");
        var saved = await service.LogAsync(store.Touchpoint(ana, TouchpointIntent.Meeting));

        var edit = (await service.GetForEditAsync(saved.TouchpointId))!;
        Assert.Equal("Learn how their team hires", edit.MeetingPurpose);
        edit.Intent = TouchpointIntent.KeepInTouch;
        edit.Summary = "Quick catch-up instead";
        await service.UpdateAsync(saved.TouchpointId, edit);

        var entry = (await service.GetAsync(saved.TouchpointId))!;
        Assert.Equal(TouchpointIntent.KeepInTouch, entry.Intent);
        Assert.Null(entry.MeetingPurpose);
        Assert.Equal("Quick catch-up instead", entry.Summary);

        edit.ContactId = bo;
        await Assert.ThrowsAsync<ValidationException>(() => service.UpdateAsync(saved.TouchpointId, edit));
    }

    [Fact]
    public async Task Deleting_a_meeting_keeps_the_introductions_it_produced()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained = [new NameGainedInput { Name = "Chen Wei" }];
        var saved = await service.LogAsync(meeting);

        await service.DeleteAsync(saved.TouchpointId);

        var referral = Assert.Single((await store.Get<ReferralService>().ForContactAsync(ana)).Introduced);
        Assert.Null(referral.SourceTouchpointId);
        await Assert.ThrowsAsync<TouchpointNotFoundException>(() => service.DeleteAsync(saved.TouchpointId));
    }

    [Fact]
    public async Task Facts_for_many_contacts_include_those_without_any_history()
    {
        await using var store = await TestStore.CreateAsync();
        var service = store.Get<TouchpointService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg");
        var reply = store.Touchpoint(ana, daysAgo: 400);
        reply.Replied = true;
        await service.LogAsync(reply);
        await service.LogAsync(store.Touchpoint(ana, daysAgo: 2));

        var facts = await service.FactsForContactsAsync([ana, bo]);

        Assert.Equal(RelationshipFacts.None, facts[bo]);
        Assert.Equal(2, facts[ana].TotalTouchpoints);
        Assert.Equal(1, facts[ana].TouchpointsLast12Months);
        Assert.True(facts[ana].LastTwoWayExchangeAt < facts[ana].LastTouchpointAt);
    }
}
