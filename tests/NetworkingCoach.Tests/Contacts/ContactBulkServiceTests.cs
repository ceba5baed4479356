using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Contacts;

public class ContactBulkServiceTests
{
    [Fact]
    public async Task Adding_a_tag_to_many_counts_who_changed_who_had_it_and_who_is_gone()
    {
        await using var store = await TestStore.CreateAsync();
        var contacts = store.Get<ContactService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await contacts.CreateAsync(new ContactInput { Name = "Bo Berg", Tags = "Recruiter" });
        var before = (await contacts.GetAsync(ana))!.Version;

        var result = await store.Get<ContactBulkService>().AddTagAsync([ana, bo, bo, 999], new BulkTagInput { Tag = " recruiter " });

        Assert.Equal(new BulkResult(3, 1, 1, 1), result);
        Assert.Equal(["Recruiter"], (await contacts.GetAsync(ana))!.Tags);
        Assert.True((await contacts.GetAsync(ana))!.Version > before);
        await using var db = await store.OpenAsync();
        Assert.Equal(1, await db.Tags.CountAsync());
    }

    [Fact]
    public async Task Removing_a_tag_from_many_leaves_other_tags_alone()
    {
        await using var store = await TestStore.CreateAsync();
        var contacts = store.Get<ContactService>();
        var ana = await contacts.CreateAsync(new ContactInput { Name = "Ana Silva", Tags = "recruiter, alumni" });
        var bo = await contacts.CreateAsync(new ContactInput { Name = "Bo Berg", Tags = "alumni" });

        var result = await store.Get<ContactBulkService>().RemoveTagAsync([ana, bo], new BulkTagInput { Tag = "Recruiter" });

        Assert.Equal(new BulkResult(2, 1, 1, 0), result);
        Assert.Equal(["alumni"], (await contacts.GetAsync(ana))!.Tags);
        Assert.Equal(["alumni"], (await contacts.GetAsync(bo))!.Tags);
    }

    [Fact]
    public async Task A_blank_or_comma_separated_bulk_tag_is_refused()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var bulk = store.Get<ContactBulkService>();

        await Assert.ThrowsAsync<ValidationException>(() => bulk.AddTagAsync([ana], new BulkTagInput { Tag = "  " }));
        await Assert.ThrowsAsync<ValidationException>(() => bulk.AddTagAsync([ana], new BulkTagInput { Tag = "a, b" }));
        Assert.Empty((await store.Get<ContactService>().GetAsync(ana))!.Tags);
    }

    [Fact]
    public async Task Archiving_and_restoring_many_counts_only_real_changes()
    {
        await using var store = await TestStore.CreateAsync();
        var contacts = store.Get<ContactService>();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg");
        await contacts.SetArchivedAsync(bo, true);
        var bulk = store.Get<ContactBulkService>();

        Assert.Equal(new BulkResult(2, 1, 1, 0), await bulk.SetArchivedAsync([ana, bo], true));
        Assert.True((await contacts.GetAsync(ana))!.IsArchived);
        Assert.Equal(new BulkResult(2, 2, 0, 0), await bulk.SetArchivedAsync([ana, bo], false));
        Assert.False((await contacts.GetAsync(bo))!.IsArchived);
    }

    [Fact]
    public async Task Deleting_many_says_what_goes_with_them_and_leaves_no_referral_dangling()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva");
        var bo = await store.AddContactAsync("Bo Berg");
        var keep = await store.AddContactAsync("Chen Wei");
        var meeting = store.Touchpoint(keep, TouchpointIntent.Meeting);
        meeting.NamesGained = [new NameGainedInput { Name = "Ana Silva", LinkToContactId = ana }];
        await store.Get<TouchpointService>().LogAsync(meeting);
        await store.Get<TouchpointService>().LogAsync(store.Touchpoint(bo));
        var bulk = store.Get<ContactBulkService>();

        Assert.Equal(new BulkDeleteImpact(2, 1, 1, 0), await bulk.GetDeleteImpactAsync([ana, bo]));
        Assert.Equal(new BulkResult(3, 2, 0, 1), await bulk.DeleteAsync([ana, bo, 999]));

        await using var db = await store.OpenAsync();
        Assert.Equal([keep], await db.Contacts.Select(c => c.Id).ToListAsync());
        Assert.Equal(0, await db.Referrals.CountAsync());
        Assert.Equal(1, await db.Touchpoints.CountAsync());
    }
}
