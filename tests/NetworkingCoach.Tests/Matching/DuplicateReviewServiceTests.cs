using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Matching;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Matching;

public class DuplicateReviewServiceTests
{
    [Fact]
    public async Task Likely_pairs_are_listed_side_by_side_until_merged_or_kept_apart_and_a_kept_pair_is_never_asked_again()
    {
        await using var store = await TestStore.CreateAsync();
        var jo = await store.AddContactAsync("Jo Smith", "jo@acme.example", company: "Acme");
        var joElsewhere = await store.AddContactAsync("Jo Smith", "jo@globex.example", company: "Globex");
        var kate = await store.AddContactAsync("Katherine Lee", company: "Initech");
        var kath = await store.AddContactAsync("Katharine Lee", "kath@initech.example", company: "Initech");
        await store.AddContactAsync("Someone Else", company: "Acme");
        var review = store.Get<DuplicateReviewService>();

        var pending = await review.ListPendingAsync();

        Assert.Equal([(jo, joElsewhere, MatchRule.SameNameOnly), (kate, kath, MatchRule.CloseSpelling)], pending.Select(p => (p.First.Id, p.Second.Id, p.Match.Rule)));
        Assert.Equal("Globex", pending[0].Second.Company);
        Assert.Equal(["kath@initech.example"], pending[1].Second.Emails);

        await review.KeepApartAsync(joElsewhere, jo);
        await review.KeepApartAsync(jo, joElsewhere);
        await review.MergeAsync(kate, kath);

        Assert.Empty(await review.ListPendingAsync());
        await using var db = store.NewContext();
        Assert.Equal(1, await db.SamePersonDecisions.CountAsync());
        Assert.False(await db.Contacts.AnyAsync(c => c.Id == kath));
        Assert.Equal(["kath@initech.example"], await db.ContactEmails.Where(e => e.ContactId == kate).Select(e => e.Address).ToListAsync());
    }
}
