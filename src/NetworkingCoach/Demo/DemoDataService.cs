using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Demo;

/// <summary>Adds the demo network to an empty database, so a new user sees the product working.</summary>
public sealed class DemoDataService(IDbContextFactory<AppDbContext> factory, TimeProvider clock, ILogger<DemoDataService> logger)
{
    public const int DefaultContactCount = 300;

    /// <summary>Seeds the demo network and returns how many contacts it added; refuses a database that already has contacts.</summary>
    public async Task<DemoSeedResult> SeedAsync(int contactCount = DefaultContactCount, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Contacts.CountAsync(cancellationToken);
        if (existing > 0)
        {
            throw new InvalidOperationException(
                $"The database already holds {existing} contacts. Demo data is only added to an empty database, so nothing of yours is mixed with invented people.");
        }

        var network = new DemoNetworkGenerator(clock.GetUtcNow().UtcDateTime).Generate(contactCount);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Companies.AddRange(network.Companies);
        db.Tags.AddRange(network.Tags);
        db.Contacts.AddRange(network.Contacts);
        db.Referrals.AddRange(network.Referrals);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var touchpoints = network.Contacts.Sum(c => c.Touchpoints.Count);
        logger.LogInformation("Seeded demo network: {Contacts} contacts, {Touchpoints} touchpoints, {Referrals} referrals", network.Contacts.Count, touchpoints, network.Referrals.Count);
        return new DemoSeedResult(network.Contacts.Count, touchpoints, network.Referrals.Count);
    }
}
