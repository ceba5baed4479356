using NetworkingCoach.Companies;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Tests.TestSupport;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Tests.Companies;

public class CompanyServiceTests
{
    [Fact]
    public async Task A_company_lists_its_people_and_the_touchpoints_with_them_newest_first()
    {
        await using var store = await TestStore.CreateAsync();
        var ana = await store.AddContactAsync("Ana Silva", company: "Bluefin Health");
        var bo = await store.AddContactAsync("Bo Berg", company: "bluefin  health");
        var elsewhere = await store.AddContactAsync("Chen Wei", company: "Orbit Software");
        var touchpoints = store.Get<TouchpointService>();
        await touchpoints.LogAsync(store.Touchpoint(ana, daysAgo: 9));
        await touchpoints.LogAsync(store.Touchpoint(bo, TouchpointIntent.Meeting, daysAgo: 2));
        await touchpoints.LogAsync(store.Touchpoint(elsewhere, daysAgo: 1));
        var companyId = (await store.Get<ContactService>().GetAsync(ana))!.CompanyId!.Value;

        var company = (await store.Get<CompanyService>().GetAsync(companyId))!;

        Assert.Equal("Bluefin Health", company.Name);
        Assert.Equal(["Ana Silva", "Bo Berg"], company.People.Select(p => p.Name));
        Assert.Equal(["Bo Berg", "Ana Silva"], company.Touchpoints.Select(t => t.ContactName));
        Assert.Equal(2, company.TotalTouchpoints);
        Assert.Equal("Learn how their team hires", company.Touchpoints[0].MeetingPurpose);
        Assert.Null(await store.Get<CompanyService>().GetAsync(companyId + 100));

        var list = await store.Get<CompanyService>().ListAsync();
        Assert.Equal([("Bluefin Health", 2), ("Orbit Software", 1)], list.Select(c => (c.Name, c.People)));
    }

    [Fact]
    public async Task A_big_company_lists_its_first_people_and_latest_touchpoints_and_counts_them_all()
    {
        await using var store = await TestStore.CreateAsync();
        var touchpoints = store.Get<TouchpointService>();
        var ids = new List<int>();
        foreach (var name in new[] { "Eve", "Dan", "Cat", "Bob", "Ann" })
        {
            var id = await store.AddContactAsync(name, company: "Acme");
            ids.Add(id);
            await touchpoints.LogAsync(store.Touchpoint(id, daysAgo: ids.Count));
        }

        await store.Get<ContactService>().SetArchivedAsync(ids[^1], archived: true);
        var companyId = (await store.Get<ContactService>().GetAsync(ids[0]))!.CompanyId!.Value;

        var company = (await store.Get<CompanyService>().GetAsync(companyId, people: 3, touchpoints: 2))!;

        Assert.Equal(["Bob", "Cat", "Dan"], company.People.Select(p => p.Name));
        Assert.Equal(5, company.TotalPeople);
        Assert.Equal(["Eve", "Dan"], company.Touchpoints.Select(t => t.ContactName));
        Assert.Equal(5, company.TotalTouchpoints);

        var all = (await store.Get<CompanyService>().GetAsync(companyId, people: 10, touchpoints: 10))!;
        Assert.Equal(["Bob", "Cat", "Dan", "Eve", "Ann"], all.People.Select(p => p.Name));
        Assert.Equal(5, all.Touchpoints.Count);
    }
}
