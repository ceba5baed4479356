using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Referrals;

public class ReferralServiceTests
{
    private static async Task<(TestStore Store, int Ana, int Bo, int ReferralId)> WithReferralAsync()
    {
        var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg");
        var id = await store.Get<ReferralService>().AddAsync(new ReferralInput { ReferrerId = ana, ReferredId = bo, SuggestedOn = store.Clock.LocalToday.AddDays(-10) });
        return (store, ana, bo, id);
    }

    [Fact]
    public async Task Moving_forward_one_step_at_a_time_dates_each_step_on_the_users_day()
    {
        var (store, _, _, id) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();

        Assert.Equal(ReferralStatus.Contacted, await service.AdvanceToNextAsync(id));
        Assert.Equal(ReferralStatus.Met, await service.AdvanceToNextAsync(id));

        var referral = (await service.GetAsync(id))!;
        Assert.Equal(store.Clock.LocalToday, referral.ContactedOn);
        Assert.Equal(store.Clock.LocalToday, referral.MetOn);
        Assert.Null(referral.ThankedOn);
        Assert.Equal(ReferralStatus.ThankedReportedBack, referral.NextStatus);
    }

    [Fact]
    public async Task Skipping_forward_dates_the_steps_passed()
    {
        var (store, _, _, id) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();
        var day = store.Clock.LocalToday.AddDays(-2);

        await service.AdvanceAsync(id, ReferralStatus.Met, day);

        var referral = (await service.GetAsync(id))!;
        Assert.Equal((ReferralStatus.Met, day, day), (referral.Status, referral.ContactedOn, referral.MetOn));
    }

    [Fact]
    public async Task A_referral_never_moves_backwards_or_stays_put_through_advance()
    {
        var (store, _, _, id) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();
        await service.AdvanceAsync(id, ReferralStatus.Met);

        await Assert.ThrowsAsync<ReferralException>(() => service.AdvanceAsync(id, ReferralStatus.Contacted));
        await Assert.ThrowsAsync<ReferralException>(() => service.AdvanceAsync(id, ReferralStatus.Met));
        await Assert.ThrowsAsync<ReferralException>(() => service.AdvanceAsync(id, ReferralStatus.Suggested));
        Assert.Equal(ReferralStatus.Met, (await service.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task A_step_cannot_be_dated_before_the_name_was_suggested()
    {
        var (store, _, _, id) = await WithReferralAsync();
        await using var owned = store;

        await Assert.ThrowsAsync<ReferralException>(() => store.Get<ReferralService>().AdvanceAsync(id, ReferralStatus.Contacted, store.Clock.LocalToday.AddDays(-11)));
    }

    [Fact]
    public async Task Undo_is_the_explicit_way_back_one_step_and_clears_that_steps_date()
    {
        var (store, _, _, id) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();
        await service.AdvanceAsync(id, ReferralStatus.ThankedReportedBack);
        await Assert.ThrowsAsync<ReferralException>(() => service.AdvanceToNextAsync(id));

        Assert.Equal(ReferralStatus.Met, await service.UndoAsync(id));
        var referral = (await service.GetAsync(id))!;
        Assert.Null(referral.ThankedOn);
        Assert.NotNull(referral.MetOn);

        await service.UndoAsync(id);
        await service.UndoAsync(id);
        await Assert.ThrowsAsync<ReferralException>(() => service.UndoAsync(id));
        Assert.Equal(ReferralStatus.Suggested, (await service.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task The_same_introduction_twice_or_to_oneself_is_refused()
    {
        var (store, ana, bo, _) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();

        await Assert.ThrowsAsync<ReferralException>(() => service.AddAsync(new ReferralInput { ReferrerId = ana, ReferredId = bo, SuggestedOn = store.Clock.LocalToday }));
        await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new ReferralInput { ReferrerId = ana, ReferredId = ana, SuggestedOn = store.Clock.LocalToday }));
        await Assert.ThrowsAsync<ValidationException>(() => service.AddAsync(new ReferralInput { ReferrerId = bo, ReferredId = ana, SuggestedOn = store.Clock.LocalToday.AddDays(1) }));
    }

    [Fact]
    public async Task Both_people_see_the_introduction_from_their_side()
    {
        var (store, ana, bo, id) = await WithReferralAsync();
        await using var owned = store;
        var service = store.Get<ReferralService>();

        var boSide = await service.ForContactAsync(bo);
        var anaSide = await service.ForContactAsync(ana);

        Assert.Equal("Ana Silva", Assert.Single(boSide.IntroducedBy).ReferrerName);
        Assert.Empty(boSide.Introduced);
        Assert.Equal(id, Assert.Single(anaSide.Introduced).Id);
    }

    [Fact]
    public async Task Deleting_a_contact_removes_the_referrals_to_and_from_them()
    {
        var (store, ana, bo, _) = await WithReferralAsync();
        await using var owned = store;
        var chen = await store.AddContactAsync("Chen Wei");
        await store.Get<ReferralService>().AddAsync(new ReferralInput { ReferrerId = bo, ReferredId = chen, SuggestedOn = store.Clock.LocalToday });

        await store.Get<ContactService>().DeleteAsync(bo);

        await using var db = await store.OpenAsync();
        Assert.Equal(0, await db.Referrals.CountAsync());
        Assert.Empty((await store.Get<ReferralService>().ForContactAsync(ana)).Introduced);
    }

    [Fact]
    public async Task The_graph_shows_layers_door_openers_and_names_per_meeting_from_any_contact_outward()
    {
        await using var store = await TestStore.CreateAsync();
        var touchpoints = store.Get<TouchpointService>();
        var referrals = store.Get<ReferralService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var loner = await store.AddContactAsync("Lee Loner");
        var first = store.Touchpoint(ana, TouchpointIntent.Meeting, daysAgo: 20);
        first.NamesGained = [new NameGainedInput { Name = "Bo Berg" }, new NameGainedInput { Name = "Chen Wei" }];
        var firstResult = await touchpoints.LogAsync(first);
        var bo = firstResult.NamesGained[0].ContactId;
        var second = store.Touchpoint(bo, TouchpointIntent.Meeting, daysAgo: 5);
        second.NamesGained = [new NameGainedInput { Name = "Dara Okafor" }];
        await touchpoints.LogAsync(second);
        await touchpoints.LogAsync(store.Touchpoint(loner, TouchpointIntent.Meeting, daysAgo: 1));

        var graph = await referrals.GraphAsync();

        Assert.Equal(4, graph.Nodes.Count);
        Assert.Equal(3, graph.Depth);
        Assert.Equal(0, graph.Nodes.Single(n => n.ContactId == ana).Layer);
        Assert.Equal(2, graph.Nodes.Single(n => n.Name == "Dara Okafor").Layer);
        Assert.All(graph.Edges, e => Assert.True(e.IsTreeEdge));
        Assert.Equal([("Ana Silva", 2), ("Bo Berg", 1)], graph.TopDoorOpeners.Select(d => (d.Name, d.NamesGiven)));
        Assert.Equal([0, 1, 2], graph.Meetings.Select(m => m.NamesGained));
        Assert.Equal(1, graph.MeetingsAtGoal);
        Assert.Equal(1.0, graph.AverageNamesPerMeeting);

        var fromBo = await referrals.GraphAsync(bo);
        Assert.Equal(["Bo Berg", "Dara Okafor"], fromBo.Nodes.Select(n => n.Name));
        Assert.Equal(0, fromBo.Nodes[0].Layer);
        Assert.Equal([1], fromBo.Meetings.Select(m => m.NamesGained));

        var alone = await referrals.GraphAsync(loner);
        Assert.Equal("Lee Loner", Assert.Single(alone.Nodes).Name);
        Assert.Empty(alone.Edges);
    }
}
