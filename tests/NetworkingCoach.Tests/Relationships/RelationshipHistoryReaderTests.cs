using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Demo;
using NetworkingCoach.Relationships;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Relationships;

/// <summary>The lean history reader hands the coach exactly what the reference reader does, on random networks and odd rows.</summary>
public class RelationshipHistoryReaderTests
{
    [Theory]
    [InlineData(1, "Etc/UTC")]
    [InlineData(2, "Europe/London")]
    [InlineData(3, "America/St_Johns")]
    [InlineData(4, "Australia/Lord_Howe")]
    public async Task The_lean_reader_gives_the_same_histories_as_the_reference_reader(int seed, string zoneId)
    {
        await using var store = await TestStore.CreateAsync();
        await SeedAsync(store, seed);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        await using var db = await store.OpenAsync();
        var ids = await db.Contacts.Select(c => c.Id).OrderBy(id => id).ToListAsync();
        var random = new Random(seed);
        var some = ids.Where(_ => random.Next(4) == 0).ToList();

        AssertSame(await ReferenceHistoryReader.ReadAsync(db, zone, null, null), await RelationshipHistoryReader.ReadAsync(db, zone, null, null));
        AssertSame(await ReferenceHistoryReader.ReadAsync(db, zone, null, some), await RelationshipHistoryReader.ReadAsync(db, zone, null, some));
        foreach (var id in ids.Where(_ => random.Next(8) == 0))
        {
            AssertSame(await ReferenceHistoryReader.ReadAsync(db, zone, id, null), await RelationshipHistoryReader.ReadAsync(db, zone, id, null));
        }
    }

    [Fact]
    public async Task Touchpoints_at_the_same_moment_come_in_the_order_they_were_logged()
    {
        await using var store = await TestStore.CreateAsync();
        var contact = await store.AddContactAsync("Ada Lovelace");
        await using var db = await store.OpenAsync();
        foreach (var intent in new[] { 2, 0, 6 })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Touchpoints (ContactId, OccurredAt, Channel, Direction, Intent, Replied, CreatedAt, UpdatedAt)
                VALUES ({contact}, '2026-11-01 10:00:00', 0, 0, {intent}, 0, '2026-11-01', '2026-11-01')
                """);
        }

        var history = (await RelationshipHistoryReader.ReadAsync(db, contact)).Single();

        Assert.Equal([2, 0, 6], history.Touchpoints.Select(t => (int)t.Intent));
    }

    private static async Task SeedAsync(TestStore store, int seed)
    {
        var network = new DemoNetworkGenerator(store.Clock.UtcNow, seed).Generate(60);
        await using (var db = await store.OpenAsync())
        {
            db.Companies.AddRange(network.Companies);
            db.Tags.AddRange(network.Tags);
            db.Contacts.AddRange(network.Contacts);
            db.Referrals.AddRange(network.Referrals);
            await db.SaveChangesAsync();
        }

        // Rows the forms never write but the store may hold: blank and space-only meeting texts, text around
        // the clock change, fractions of a second, several at one moment, an archived contact's history.
        await using var raw = await store.OpenAsync();
        var ids = await raw.Contacts.Select(c => c.Id).ToListAsync();
        var random = new Random(seed);
        string[] texts = ["", " ", "   ", "\t", " a ", "Purpose", "\n"];
        string[] times = ["2026-03-29 00:30:00", "2026-03-29 01:00:00", "2026-03-29 01:30:00.5", "2026-10-25 00:59:59.9999999", "2026-10-25 01:00:00",
            "2026-11-01 04:30:00", "2026-11-01 05:30:00.25", "2026-04-05 15:30:00", "2026-10-04 15:45:00", "2026-07-01T12:00:00", "2025-12-31 23:59:59.1"];
        for (var i = 0; i < 150; i++)
        {
            var contact = ids[random.Next(ids.Count)];
            var at = times[random.Next(times.Length)];
            string? purpose = random.Next(3) == 0 ? null : texts[random.Next(texts.Length)];
            string? agenda = random.Next(3) == 0 ? null : texts[random.Next(texts.Length)];
            string? followUp = random.Next(4) == 0 ? "2026-12-0" + random.Next(1, 10) : null;
            await raw.Database.ExecuteSqlAsync($"""
                INSERT INTO Touchpoints (ContactId, OccurredAt, Channel, Direction, Intent, Replied, FollowUpOn, MeetingPurpose, MeetingAgenda, CreatedAt, UpdatedAt)
                VALUES ({contact}, {at}, {random.Next(8)}, {random.Next(3)}, {random.Next(7)}, {random.Next(2)}, {followUp}, {purpose}, {agenda}, '2026-11-01', '2026-11-01')
                """);
        }

        // Values outside the enums' ranges are still read as stored.
        await raw.Database.ExecuteSqlAsync($"""
            INSERT INTO Touchpoints (ContactId, OccurredAt, Channel, Direction, Intent, Replied, FollowUpOn, MeetingPurpose, CreatedAt, UpdatedAt)
            VALUES ({ids[^1]}, '2026-10-30 09:00:00', 300, -1, 6, 1, '2026-11-02', 'Why', '2026-11-01', '2026-11-01')
            """);
        await raw.Database.ExecuteSqlAsync($"UPDATE Contacts SET IsArchived = 1 WHERE Id IN ({ids[0]}, {ids[1]})");
    }

    private static void AssertSame(List<RelationshipHistory> expected, List<RelationshipHistory> actual)
    {
        Assert.Equal(expected.Select(h => h.ContactId), actual.Select(h => h.ContactId));
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Name, e.KnownSince, e.Closeness, e.CadenceDays), (a.Name, a.KnownSince, a.Closeness, a.CadenceDays));
            Assert.Equal(e.TagCadenceDays, a.TagCadenceDays);
            Assert.Equal(e.ReferralsGiven, a.ReferralsGiven);
            Assert.Equal(e.ReferralsReceived, a.ReferralsReceived);

            // The reference reader leaves touchpoints at the same moment in no particular order.
            Assert.True(a.Touchpoints.Select(t => t.OccurredAt).SequenceEqual(e.Touchpoints.Select(t => t.OccurredAt)), $"order of contact {e.ContactId}");
            Assert.Equal(e.Touchpoints.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id), a.Touchpoints);
        }
    }
}
