using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Tests.Importing;

namespace NetworkingCoach.Tests.Contacts;

public class ContactMergeServiceTests
{
    [Fact]
    public async Task Merging_keeps_every_touchpoint_and_referral_and_fills_empty_fields()
    {
        await using var store = await TestStore.CreateAsync();
        var keep = await store.Contacts.CreateAsync(new ContactInput
        {
            Name = "Ann Archer",
            Title = "Typed title",
            Emails = [new LabeledValue { Value = "ann@example.com" }],
        });
        var merge = await store.Contacts.CreateAsync(new ContactInput
        {
            Name = "Ann A.",
            Title = "Other title",
            Company = "Acme",
            Tags = "Mentors",
            Notes = "Likes tea.",
            Emails = [new LabeledValue { Value = "ANN@example.com" }, new LabeledValue { Value = "ann@home.example", Label = "Home" }],
            Phones = [new LabeledValue { Value = "+44 1" }],
        });
        var bo = await store.Contacts.CreateAsync(new ContactInput { Name = "Bo Brown" });
        var cy = await store.Contacts.CreateAsync(new ContactInput { Name = "Cy Chen" });
        await using (var db = store.CreateDbContext())
        {
            var now = DateTime.UtcNow;
            db.Touchpoints.AddRange(
                new Touchpoint { ContactId = keep, OccurredAt = now.AddDays(-3), Channel = Channel.Email, Summary = "kept", CreatedAt = now, UpdatedAt = now },
                new Touchpoint { ContactId = merge, OccurredAt = now.AddDays(-2), Channel = Channel.Phone, Summary = "moved 1", CreatedAt = now, UpdatedAt = now },
                new Touchpoint { ContactId = merge, OccurredAt = now.AddDays(-1), Channel = Channel.InPerson, Summary = "moved 2", CreatedAt = now, UpdatedAt = now });
            db.Referrals.AddRange(
                Referral(bo, keep, now),
                Referral(bo, merge, now),    // becomes bo -> keep again: a repeat, dropped
                Referral(merge, cy, now),    // becomes keep -> cy
                Referral(keep, merge, now),  // would be keep -> keep: dropped
                Referral(cy, merge, now));   // becomes cy -> keep
            await db.SaveChangesAsync();
        }

        await store.Merger.MergeAsync(keep, merge);

        var ann = (await store.Contacts.GetAsync(keep))!;
        Assert.Null(await store.Contacts.GetAsync(merge));
        Assert.Equal("Ann Archer", ann.Name);
        Assert.Equal("Typed title", ann.Title);
        Assert.Equal("Acme", ann.Company);
        Assert.Equal(["Mentors"], ann.Tags);
        Assert.Equal("Likes tea.", ann.Notes);
        Assert.Equal(["ann@example.com", "ann@home.example"], ann.Emails.Select(e => e.Value));
        Assert.Equal(["+44 1"], ann.Phones.Select(p => p.Value));
        Assert.Equal(3, ann.TouchpointCount);
        await using var check = store.CreateDbContext();
        var pairs = await check.Referrals.Select(r => new { r.ReferrerId, r.ReferredId }).ToListAsync();
        Assert.Equal(3, pairs.Count);
        Assert.Contains(new { ReferrerId = bo, ReferredId = keep }, pairs);
        Assert.Contains(new { ReferrerId = keep, ReferredId = cy }, pairs);
        Assert.Contains(new { ReferrerId = cy, ReferredId = keep }, pairs);
        Assert.Contains("ann@home.example", (await check.Contacts.SingleAsync(c => c.Id == keep)).SearchText);
    }

    [Fact]
    public async Task A_contact_cannot_be_merged_with_itself_or_a_missing_one()
    {
        await using var store = await TestStore.CreateAsync();
        var id = await store.Contacts.CreateAsync(new ContactInput { Name = "Ann Archer" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Merger.MergeAsync(id, id));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => store.Merger.MergeAsync(id, id + 100));
        Assert.NotNull(await store.Contacts.GetAsync(id));
    }

    private static Referral Referral(int referrer, int referred, DateTime now) => new()
    {
        ReferrerId = referrer,
        ReferredId = referred,
        Status = ReferralStatus.Suggested,
        SuggestedOn = DateOnly.FromDateTime(now),
        CreatedAt = now,
    };
}
