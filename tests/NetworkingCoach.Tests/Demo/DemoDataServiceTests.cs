using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Demo;
using NetworkingCoach.Domain;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Demo;

public class DemoDataServiceTests
{
    [Fact]
    public async Task The_demo_network_has_varied_histories_and_introductions()
    {
        await using var store = await TestStore.CreateAsync();

        var result = await store.Get<DemoDataService>().SeedAsync();

        Assert.Equal(DemoDataService.DefaultContactCount, result.Contacts);
        await using var db = store.NewContext();
        var lastTouch = await db.Contacts.Select(c => c.Touchpoints.Max(t => (DateTime?)t.OccurredAt)).ToListAsync();
        var now = TestStore.Now.UtcDateTime;
        Assert.Contains(lastTouch, t => t is null);
        Assert.Contains(lastTouch, t => t > now.AddDays(-30));
        Assert.Contains(lastTouch, t => t < now.AddYears(-4));
        Assert.True(await db.Touchpoints.AnyAsync(t => t.Intent == TouchpointIntent.Meeting && t.MeetingPurpose != null));
        Assert.True(await db.Referrals.CountAsync() >= 10);
        Assert.True(await db.Touchpoints.AllAsync(t => t.OccurredAt <= now));
        Assert.DoesNotContain(await db.Contacts.Select(c => c.SearchText).ToListAsync(), string.IsNullOrEmpty);
    }

    [Fact]
    public async Task Demo_data_is_never_mixed_into_a_database_that_has_contacts()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Get<NetworkingCoach.Contacts.ContactService>().CreateAsync(new() { Name = "My real contact" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.Get<DemoDataService>().SeedAsync());

        Assert.Contains("already holds 1 contacts", error.Message);
        Assert.Equal(1, await store.Get<NetworkingCoach.Contacts.ContactService>().CountAsync());
    }

    [Fact]
    public void The_same_seed_gives_the_same_network()
    {
        var now = TestStore.Now.UtcDateTime;
        var first = new DemoNetworkGenerator(now).Generate(50);
        var second = new DemoNetworkGenerator(now).Generate(50);

        Assert.Equal(first.Contacts.Select(c => c.Name), second.Contacts.Select(c => c.Name));
        Assert.Equal(first.Contacts.Sum(c => c.Touchpoints.Count), second.Contacts.Sum(c => c.Touchpoints.Count));
    }
}
