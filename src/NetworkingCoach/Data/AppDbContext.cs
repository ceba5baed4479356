using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data;

/// <summary>The NetworkingCoach store: one context per operation, created by the factory. Accounts are ASP.NET Core Identity users in the same file.</summary>
public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactEmail> ContactEmails => Set<ContactEmail>();
    public DbSet<ContactPhone> ContactPhones => Set<ContactPhone>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ContactTag> ContactTags => Set<ContactTag>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<OutreachMessage> Messages => Set<OutreachMessage>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportBatchItem> ImportBatchItems => Set<ImportBatchItem>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<ReminderState> ReminderStates => Set<ReminderState>();
    public DbSet<IntentCorrection> IntentCorrections => Set<IntentCorrection>();
    public DbSet<SamePersonDecision> SamePersonDecisions => Set<SamePersonDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpContactVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpContactVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // SQLite has no rowversion: the token is bumped here so every update of a contact is detected.
    private void BumpContactVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Contact>())
        {
            if (entry.State == EntityState.Modified)
            {
                // Set through the entry so it is saved even when automatic change detection is off (imports).
                var version = entry.Property(c => c.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
