using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Referrals;

public class NamesGainedTests
{
    private static async Task<(int Contacts, int Touchpoints, int Referrals)> CountsAsync(TestStore store)
    {
        await using var db = await store.OpenAsync();
        return (await db.Contacts.CountAsync(), await db.Touchpoints.CountAsync(), await db.Referrals.CountAsync());
    }

    [Fact]
    public async Task A_meeting_with_two_names_creates_both_contacts_and_referrals_from_the_person_met()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting, Channel.InPerson);
        meeting.NamesGained =
        [
            new NameGainedInput { Name = " Chen Wei ", Email = "chen@bluefin.example" },
            new NameGainedInput { Name = "Dara Okafor", LinkedInUrl = "https://www.linkedin.com/in/dara-okafor/" },
        ];

        var result = await store.Get<TouchpointService>().LogAsync(meeting);

        Assert.Equal(["Chen Wei", "Dara Okafor"], result.NamesGained.Select(n => n.Name));
        Assert.All(result.NamesGained, n => Assert.True(n.CreatedContact));
        var introduced = (await store.Get<ReferralService>().ForContactAsync(ana)).Introduced;
        Assert.Equal(2, introduced.Count);
        Assert.All(introduced, r =>
        {
            Assert.Equal(ana, r.ReferrerId);
            Assert.Equal(result.TouchpointId, r.SourceTouchpointId);
            Assert.Equal(ReferralStatus.Suggested, r.Status);
            Assert.Equal(DateOnly.FromDateTime(meeting.OccurredAt!.Value), r.SuggestedOn);
        });

        await using var db = await store.OpenAsync();
        var chen = await db.Contacts.Include(c => c.Emails).SingleAsync(c => c.Name == "Chen Wei");
        Assert.Equal("Introduced by Ana Silva", chen.HowWeMet);
        Assert.Equal("chen@bluefin.example", Assert.Single(chen.Emails).NormalizedAddress);
        Assert.Contains("chen wei", chen.SearchText);
        var dara = await db.Contacts.SingleAsync(c => c.Name == "Dara Okafor");
        Assert.Equal("linkedin.com/in/dara-okafor", dara.LinkedInKey);
        var entry = Assert.Single((await store.Get<TouchpointService>().TimelineAsync(ana)).Entries);
        Assert.Equal(["Chen Wei", "Dara Okafor"], entry.NamesGained.Select(n => n.Name));
    }

    [Fact]
    public async Task A_name_with_a_known_email_or_linkedin_profile_links_the_existing_contact_instead_of_duplicating()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var chen = await store.AddContactAsync("Chen Wei", email: "Chen.Wei@Bluefin.example");
        var dara = await store.AddContactAsync("Dara O.", linkedIn: "https://linkedin.com/in/dara-okafor");
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained =
        [
            new NameGainedInput { Name = "Wei Chen", Email = " chen.wei@bluefin.example" },
            new NameGainedInput { Name = "Dara Okafor", LinkedInUrl = "http://www.linkedin.com/in/Dara-Okafor/?trk=x" },
        ];

        var result = await store.Get<TouchpointService>().LogAsync(meeting);

        Assert.Equal([chen, dara], result.NamesGained.Select(n => n.ContactId));
        Assert.All(result.NamesGained, n => Assert.False(n.CreatedContact));
        Assert.Equal((3, 1, 2), await CountsAsync(store));
    }

    [Fact]
    public async Task A_name_matching_only_by_name_asks_the_user_to_choose_and_saves_nothing_until_they_do()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var existing = await store.AddContactAsync("Chen  Wei", company: "Bluefin Health");
        var service = store.Get<TouchpointService>();
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained = [new NameGainedInput { Name = "Priya Iyer" }, new NameGainedInput { Name = "chen wei" }];

        var preview = await store.Get<ReferralService>().MatchNamesAsync(meeting.NamesGained);
        Assert.Equal(NameMatchKind.CreateNew, preview[0].Kind);
        Assert.Equal(NameMatchKind.ChooseCandidate, preview[1].Kind);

        var choice = await Assert.ThrowsAsync<NameChoiceNeededException>(() => service.LogAsync(meeting));
        var candidate = Assert.Single(choice.MatchesByRow[1].Candidates);
        Assert.Equal(existing, candidate.Id);
        Assert.Equal("Bluefin Health", candidate.Company);
        Assert.Equal((2, 0, 0), await CountsAsync(store));

        meeting.NamesGained[1].LinkToContactId = existing;
        var linked = await service.LogAsync(meeting);
        Assert.Equal(existing, linked.NamesGained[1].ContactId);
        Assert.Equal((3, 1, 2), await CountsAsync(store));
    }

    [Fact]
    public async Task Choosing_to_create_a_new_contact_despite_a_namesake_creates_one()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        await store.AddContactAsync("Chen Wei");
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained = [new NameGainedInput { Name = "Chen Wei", CreateNew = true }];

        var result = await store.Get<TouchpointService>().LogAsync(meeting);

        Assert.True(Assert.Single(result.NamesGained).CreatedContact);
        Assert.Equal((3, 1, 1), await CountsAsync(store));
    }

    [Fact]
    public async Task A_failure_on_the_second_name_leaves_no_meeting_no_contact_and_no_referral_behind()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg", email: "bo@example.com");
        await store.Get<ReferralService>().AddAsync(new ReferralInput { ReferrerId = ana, ReferredId = bo, SuggestedOn = store.Clock.LocalToday.AddDays(-40) });
        var before = await CountsAsync(store);
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained =
        [
            new NameGainedInput { Name = "Chen Wei", Email = "chen@example.com" },
            new NameGainedInput { Name = "Bo Berg", Email = "BO@example.com" },
        ];

        var error = await Assert.ThrowsAsync<ReferralException>(() => store.Get<TouchpointService>().LogAsync(meeting));

        Assert.Contains("already introduced you to Bo Berg", error.Message);
        Assert.Equal(before, await CountsAsync(store));
        await using var db = await store.OpenAsync();
        Assert.False(await db.Contacts.AnyAsync(c => c.Name == "Chen Wei"));
        Assert.False(await db.ContactEmails.AnyAsync(e => e.NormalizedAddress == "chen@example.com"));
    }

    [Fact]
    public async Task Names_added_to_an_earlier_meeting_are_all_or_nothing_too()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva", email: "ana@example.com");
        var saved = await store.Get<TouchpointService>().LogAsync(store.Touchpoint(ana, TouchpointIntent.Meeting, daysAgo: 5));
        var referrals = store.Get<ReferralService>();
        var before = await CountsAsync(store);

        // The second "name" is the person met, matched by email: they cannot introduce themselves.
        await Assert.ThrowsAsync<ReferralException>(() => referrals.AddNamesGainedAsync(new NamesGainedRequest
        {
            MeetingId = saved.TouchpointId,
            NamesGained = [new NameGainedInput { Name = "Chen Wei" }, new NameGainedInput { Name = "Ana", Email = "ana@example.com" }],
        }));
        Assert.Equal(before, await CountsAsync(store));

        var added = await referrals.AddNamesGainedAsync(new NamesGainedRequest { MeetingId = saved.TouchpointId, NamesGained = [new NameGainedInput { Name = "Chen Wei" }] });
        Assert.Equal(store.Clock.LocalToday.AddDays(-5), (await referrals.GetAsync(added[0].ReferralId))!.SuggestedOn);
    }

    [Fact]
    public async Task An_invalid_second_name_is_refused_before_anything_is_written()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var meeting = store.Touchpoint(ana, TouchpointIntent.Meeting);
        meeting.NamesGained = [new NameGainedInput { Name = "Chen Wei" }, new NameGainedInput { Name = "Dara", Email = "not-an-email" }];

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => store.Get<TouchpointService>().LogAsync(meeting));

        Assert.Equal((1, 0, 0), await CountsAsync(store));
    }
}
