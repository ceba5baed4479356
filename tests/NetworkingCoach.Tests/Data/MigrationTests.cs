using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task An_empty_database_gets_every_migration_and_wal_journaling()
    {
        await using var store = TestStore.CreateUnmigrated();

        var backup = await store.Get<DatabaseMigrator>().MigrateAsync();

        Assert.Null(backup);
        await using var db = store.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task The_hand_written_snapshot_matches_the_model()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration and snapshot update.");
    }

    [Fact]
    public async Task Upgrading_a_database_at_the_first_migration_keeps_every_row_and_takes_a_backup_first()
    {
        await using var store = TestStore.CreateUnmigrated();
        await using (var db = store.NewContext())
        {
            // The release before the search-text backfill, whatever migrations have come since.
            var migrations = db.Database.GetMigrations().ToList();
            // The state just before the search-text migration, which fills SearchText for existing rows.
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_ContactSearchText", StringComparison.Ordinal)) - 1]);
        }

        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await Execute(connection, """
                INSERT INTO Companies (Id, Name, NormalizedName, CreatedAt) VALUES (1, 'Copperleaf Bank', 'copperleaf bank', '2024-01-01 00:00:00');
                INSERT INTO Contacts (Id, Name, CompanyId, IsArchived, CreatedAt, UpdatedAt, Version) VALUES (1, 'Ana Pereira', 1, 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 3);
                INSERT INTO Contacts (Id, Name, IsArchived, CreatedAt, UpdatedAt, Version) VALUES (2, 'Ben Okafor', 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0);
                INSERT INTO ContactEmails (ContactId, Address, NormalizedAddress, Position) VALUES (1, 'Ana@Copperleaf.example', 'ana@copperleaf.example', 0);
                INSERT INTO Touchpoints (ContactId, OccurredAt, Channel, Direction, Intent, Replied, CreatedAt, UpdatedAt) VALUES (1, '2025-06-01 10:00:00', 1, 2, 0, 1, '2025-06-01 10:00:00', '2025-06-01 10:00:00');
                INSERT INTO Referrals (ReferrerId, ReferredId, Status, SuggestedOn, CreatedAt) VALUES (1, 2, 1, '2025-06-01', '2025-06-01 10:00:00');
                """);
        }

        var backup = await store.Get<DatabaseMigrator>().MigrateAsync();

        Assert.NotNull(backup);
        Assert.True(File.Exists(backup));
        await using (var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly"))
        {
            await copy.OpenAsync();
            Assert.Equal(2L, await Scalar(copy, "SELECT count(*) FROM Contacts"));
        }

        await using var after = store.NewContext();
        var contacts = await after.Contacts.Include(c => c.Emails).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(["Ana Pereira", "Ben Okafor"], contacts.Select(c => c.Name));
        Assert.Equal(3, contacts[0].Version);
        Assert.True(contacts[1].IsArchived);
        Assert.Equal("ana pereira copperleaf bank ana@copperleaf.example", contacts[0].SearchText);
        Assert.Equal(1, await after.Touchpoints.CountAsync());
        Assert.Equal(1, await after.Referrals.CountAsync());
    }

    [Fact]
    public async Task Upgrading_forgets_saved_tie_strength_settings_whose_scale_changed_and_keeps_the_rest()
    {
        await using var store = TestStore.CreateUnmigrated();
        await using (var db = store.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261121000002_ContactSearchText");
        }

        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await Execute(connection, """
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.RecencyWeight', '35');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.StrongTierMinScore', '60');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.InitiativeTargetCount', '2');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.DormantAfterDays', '400');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.DepthEmail', '0.25');
                """);
        }

        await store.Get<DatabaseMigrator>().MigrateAsync();

        var settings = await store.Get<NetworkingCoach.Settings.SettingsService>().LoadAsync<NetworkingCoach.Coaching.CoachingSettings>();
        var defaults = new NetworkingCoach.Coaching.CoachingSettings();
        Assert.Equal(defaults.RecencyWeight, settings.RecencyWeight);
        Assert.Equal(defaults.StrongTierMinScore, settings.StrongTierMinScore);
        Assert.Equal(400, settings.DormantAfterDays);
        Assert.Equal(0.25, settings.DepthEmail);
        await using var after = store.NewContext();
        Assert.Equal(2, await after.Settings.CountAsync());
    }

    [Fact]
    public async Task Upgrading_forgets_saved_tie_settings_still_at_the_previous_defaults_and_keeps_the_ones_the_user_changed()
    {
        await using var store = TestStore.CreateUnmigrated();
        await using (var db = store.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261202211635_ContactBirthday");
        }

        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await Execute(connection, """
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.ConversationsWeight', '35');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.StrongTierMinScore', '75');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.StrongMinConversations', '7');
                INSERT INTO Settings (Key, Value) VALUES ('CoachingSettings.MediumTierMinScore', '50');
                """);
        }

        await store.Get<DatabaseMigrator>().MigrateAsync();

        var settings = await store.Get<NetworkingCoach.Settings.SettingsService>().LoadAsync<NetworkingCoach.Coaching.CoachingSettings>();
        var defaults = new NetworkingCoach.Coaching.CoachingSettings();
        Assert.Equal(defaults.ConversationsWeight, settings.ConversationsWeight);
        Assert.Equal(defaults.StrongTierMinScore, settings.StrongTierMinScore);
        Assert.Equal(7, settings.StrongMinConversations);
        await using var after = store.NewContext();
        Assert.Equal(2, await after.Settings.CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        await using var store = TestStore.CreateUnmigrated();
        var junk = "these are my notes, not a database\n"u8.ToArray();
        await File.WriteAllBytesAsync(store.DatabasePath, junk);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => store.Get<DatabaseMigrator>().MigrateAsync());

        Assert.Contains("not a NetworkingCoach database", error.Message);
        Assert.Contains(store.DatabasePath, error.Message);
        Assert.Equal(junk, await File.ReadAllBytesAsync(store.DatabasePath));
    }

    [Fact]
    public async Task A_database_locked_by_another_program_is_reported_clearly()
    {
        await using var store = TestStore.CreateUnmigrated(busyTimeoutSeconds: 2);
        await using var other = new SqliteConnection($"Data Source={store.DatabasePath};Default Timeout=1");
        await other.OpenAsync();
        await Execute(other, "CREATE TABLE Foreign_(x); BEGIN EXCLUSIVE; INSERT INTO Foreign_ VALUES (1);");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => store.Get<DatabaseMigrator>().MigrateAsync());

        Assert.Contains("locked by another program", error.Message);
        await Execute(other, "ROLLBACK;");
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
