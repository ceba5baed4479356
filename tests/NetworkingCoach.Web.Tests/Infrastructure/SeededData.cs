using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Writes known relationships into a data folder before the app starts on it.</summary>
public static class SeededData
{
    private static readonly StoreTemplate<DemoNetworkPeople> s_demoNetwork = new("demo", async provider =>
    {
        await provider.GetRequiredService<NetworkingCoach.Demo.DemoDataService>().SeedAsync();
        await using var db = await provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var referrer = db.Referrals.GroupBy(r => r.ReferrerId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        var name = db.Contacts.Where(c => c.Id == referrer).Select(c => c.Name).Single();
        var company = db.Companies.OrderByDescending(c => c.Contacts.Count).Select(c => c.Id).First();
        return new DemoNetworkPeople(referrer, name, company);
    });

    public static async Task<(int Dormant, int Strong)> DormantAndStrongContactsAsync(string dataDirectory)
    {
        await using var provider = await MigratedStore.OpenAsync(dataDirectory);
        var contacts = provider.GetRequiredService<ContactService>();
        var now = DateTime.UtcNow;

        var dana = await contacts.CreateAsync(new ContactInput { Name = "Dana Whitfield", Company = "Harbor Logistics", Emails = [new LabeledValue { Value = "dana@harbor.example" }] });
        var sam = await contacts.CreateAsync(new ContactInput
        {
            Name = "Sam Okafor",
            Company = "Orbit Software",
            Closeness = 5,
            KnownSince = DateOnly.FromDateTime(now.AddYears(-9)),
            Emails = [new LabeledValue { Value = "sam@orbit.example" }],
        });

        await using var db = await provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Touchpoints.Add(Touch(dana, now.AddYears(-6), Channel.Email, TouchpointIntent.KeepInTouch));
        for (var weeks = 1; weeks < 50; weeks += 4)
        {
            db.Touchpoints.Add(Touch(sam, now.AddDays(-7 * weeks), weeks % 8 == 1 ? Channel.InPerson : Channel.Phone, weeks % 3 == 0 ? TouchpointIntent.OfferHelp : TouchpointIntent.KeepInTouch));
        }

        await db.SaveChangesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (dana, sam);
    }

    /// <summary>The demo network, plus the ids of a well-connected contact and of a company, for visiting their pages.</summary>
    public static Task<DemoNetworkPeople> DemoNetworkAsync(string dataDirectory) => s_demoNetwork.CopyIntoAsync(dataDirectory);

    /// <summary>Two people, the second introduced by the first (the introduction only suggested so far); the id of the second.</summary>
    public static async Task<int> IntroducedContactAsync(string dataDirectory, string referrer, string introduced)
    {
        await using var provider = await MigratedStore.OpenAsync(dataDirectory);
        var contacts = provider.GetRequiredService<ContactService>();
        var referrerId = await contacts.CreateAsync(new ContactInput { Name = referrer });
        var introducedId = await contacts.CreateAsync(new ContactInput { Name = introduced });
        await provider.GetRequiredService<NetworkingCoach.Referrals.ReferralService>().AddAsync(new NetworkingCoach.Referrals.ReferralInput
        {
            ReferrerId = referrerId,
            ReferredId = introducedId,
            SuggestedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)),
        });
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return introducedId;
    }

    private static Touchpoint Touch(int contactId, DateTime at, Channel channel, TouchpointIntent intent) => new()
    {
        ContactId = contactId,
        OccurredAt = at,
        Channel = channel,
        Direction = Direction.Mutual,
        Intent = intent,
        Replied = true,
        CreatedAt = at,
        UpdatedAt = at,
    };
}
