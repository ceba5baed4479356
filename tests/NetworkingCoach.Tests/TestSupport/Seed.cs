using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Tests.TestSupport;

/// <summary>Hand-made relationships for integration tests, relative to <see cref="TestStore.Now"/>.</summary>
public static class Seed
{
    /// <summary>"One email six years ago": a dormant tie.</summary>
    public static async Task<int> DormantContactAsync(TestStore store, string name = "Dana Old")
    {
        var id = await store.Get<ContactService>().CreateAsync(new ContactInput { Name = name, Emails = [new LabeledValue { Value = "dana@old.example" }] });
        await TouchAsync(store, id, TestStore.Now.UtcDateTime.AddYears(-6), Channel.Email, Direction.Mutual, TouchpointIntent.KeepInTouch, replied: true);
        return id;
    }

    /// <summary>A close colleague seen in person every few weeks this year: a strong tie.</summary>
    public static async Task<int> StrongContactAsync(TestStore store, string name = "Sam Close")
    {
        var id = await store.Get<ContactService>().CreateAsync(new ContactInput
        {
            Name = name,
            Closeness = 5,
            KnownSince = DateOnly.FromDateTime(TestStore.Now.UtcDateTime.AddYears(-8)),
            Emails = [new LabeledValue { Value = "sam@close.example" }],
        });
        for (var weeksAgo = 1; weeksAgo < 52; weeksAgo += 4)
        {
            await TouchAsync(store, id, TestStore.Now.UtcDateTime.AddDays(-7 * weeksAgo), weeksAgo % 8 == 1 ? Channel.InPerson : Channel.Phone, Direction.Mutual, weeksAgo % 3 == 0 ? TouchpointIntent.OfferHelp : TouchpointIntent.KeepInTouch, replied: true);
        }

        return id;
    }

    public static async Task TouchAsync(TestStore store, int contactId, DateTime at, Channel channel, Direction direction, TouchpointIntent intent, bool replied)
    {
        await using var db = store.NewContext();
        db.Touchpoints.Add(new Touchpoint { ContactId = contactId, OccurredAt = at, Channel = channel, Direction = direction, Intent = intent, Replied = replied, CreatedAt = at, UpdatedAt = at });
        await db.SaveChangesAsync();
    }
}
