using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Relationships;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Relationships;

public class CoachServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private CoachService Service => _store.Get<CoachService>();

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Contacts_are_judged_from_their_stored_history()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var sam = await Seed.StrongContactAsync(_store);
        var fresh = await _store.Get<ContactService>().CreateAsync(new ContactInput { Name = "Fresh Import" });

        Assert.Equal(TieTier.Dormant, (await Service.AssessAsync(dana))!.Tie.Tier);
        Assert.Equal(TieTier.Strong, (await Service.AssessAsync(sam))!.Tie.Tier);
        Assert.Equal(TieTier.Weak, (await Service.AssessAsync(fresh))!.Tie.Tier);
        Assert.Null(await Service.AssessAsync(12345));
    }

    [Fact]
    public async Task The_snapshot_is_reused_until_something_is_written_and_archived_contacts_leave_it()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var sam = await Seed.StrongContactAsync(_store);

        var first = await Service.GetSnapshotAsync();
        var second = await Service.GetSnapshotAsync();
        await _store.Get<ContactService>().SetArchivedAsync(dana, true);
        var third = await Service.GetSnapshotAsync();

        Assert.Same(first, second);
        Assert.Equal(2, first.Assessments.Count);
        Assert.NotSame(second, third);
        Assert.Equal([sam], third.Assessments.Keys);
    }

    [Fact]
    public async Task Coaching_settings_saved_by_the_user_move_the_tiers()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var settings = await Service.LoadSettingsAsync();
        settings.DormantAfterDays = 7 * 365;

        await _store.Get<NetworkingCoach.Settings.SettingsService>().SaveAsync(settings);

        Assert.Equal(TieTier.Weak, (await Service.AssessAsync(dana))!.Tie.Tier);
    }

    [Fact]
    public async Task The_contact_list_filters_and_sorts_by_tier_and_by_flags()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var sam = await Seed.StrongContactAsync(_store);
        var fresh = await _store.Get<ContactService>().CreateAsync(new ContactInput { Name = "Fresh Import" });
        var contacts = _store.Get<ContactService>();

        var dormant = await contacts.ListAsync(new ContactQuery { Tier = TieTier.Dormant });
        var byTie = await contacts.ListAsync(new ContactQuery { SortBy = ContactSortField.TieStrength, Descending = true });
        var neglected = await contacts.ListAsync(new ContactQuery { FlagRuleId = new NeglectedRelationshipRule().Id });
        var byFlags = await contacts.ListAsync(new ContactQuery { SortBy = ContactSortField.Flags, Descending = true });

        Assert.Equal([dana], dormant.Items.Select(c => c.Id));
        Assert.Equal(TieTier.Dormant, dormant.Items[0].Tie!.Tier);
        Assert.Equal([sam, fresh, dana], byTie.Items.Select(c => c.Id));
        Assert.Contains(dana, neglected.Items.Select(c => c.Id));
        Assert.DoesNotContain(fresh, neglected.Items.Select(c => c.Id));
        Assert.Equal(dana, byFlags.Items[0].Id);
    }

    [Fact]
    public async Task An_export_of_the_grid_filtered_to_dormant_ties_holds_only_those()
    {
        await Seed.DormantContactAsync(_store, "Dana Old");
        await Seed.StrongContactAsync(_store, "Sam Close");
        using var output = new MemoryStream();

        var count = await _store.Get<NetworkingCoach.Exporting.ContactExportService>()
            .WriteAsync(output, NetworkingCoach.Exporting.ExportFormat.Csv, new ContactQuery { Tier = TieTier.Dormant, SortBy = ContactSortField.TieStrength });

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(1, count);
        Assert.Contains("Dana Old", text);
        Assert.DoesNotContain("Sam Close", text);
    }

    [Fact]
    public async Task A_contact_s_own_rhythm_and_a_tag_s_rhythm_decide_when_they_are_neglected()
    {
        var sam = await Seed.StrongContactAsync(_store);
        var rule = new NeglectedRelationshipRule().Id;
        Assert.DoesNotContain((await Service.AssessAsync(sam))!.Flags, f => f.RuleId == rule);

        await using (var db = _store.NewContext())
        {
            var tag = new NetworkingCoach.Domain.Tag { Name = "inner circle", NormalizedName = "inner circle", CadenceDays = 3 };
            db.ContactTags.Add(new NetworkingCoach.Domain.ContactTag { ContactId = sam, Tag = tag });
            await db.SaveChangesAsync();
        }

        Assert.Contains((await Service.AssessAsync(sam))!.Flags, f => f.RuleId == rule);

        var edit = (await _store.Get<ContactService>().GetForEditAsync(sam))!;
        edit.Input.CadenceDays = 60;
        await _store.Get<ContactService>().UpdateAsync(sam, edit.Input, edit.Version);

        Assert.DoesNotContain((await Service.AssessAsync(sam))!.Flags, f => f.RuleId == rule);
    }

    [Fact]
    public async Task A_snapshot_taken_while_a_write_was_uncommitted_is_replaced_once_it_commits()
    {
        var dana = await Seed.DormantContactAsync(_store);
        await using var db = _store.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = TestStore.Now.UtcDateTime;
        for (var daysAgo = 60; daysAgo >= 5; daysAgo -= 11)
        {
            db.Touchpoints.Add(new NetworkingCoach.Domain.Touchpoint
            {
                ContactId = dana, OccurredAt = now.AddDays(-daysAgo), Channel = NetworkingCoach.Domain.Channel.InPerson,
                Direction = NetworkingCoach.Domain.Direction.Mutual, Replied = true, CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
        var during = await Service.GetSnapshotAsync();
        await transaction.CommitAsync();
        var after = await Service.GetSnapshotAsync();

        Assert.Equal(TieTier.Dormant, during.For(dana)!.Tie.Tier);
        Assert.NotEqual(TieTier.Dormant, after.For(dana)!.Tie.Tier);
    }

    [Fact]
    public async Task A_flag_snoozed_on_the_weekly_list_is_left_out_until_its_date()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var reminders = _store.Get<NetworkingCoach.Reminders.ReminderService>();
        var flags = (await Service.AssessAsync(dana))!.Flags;
        var neglected = flags.Single(f => f.RuleId == new NeglectedRelationshipRule().Id);

        await reminders.SnoozeAsync(neglected.Key, _store.Clock.LocalToday.AddDays(7));

        Assert.DoesNotContain((await Service.AssessAsync(dana))!.Flags, f => f.Key == neglected.Key);
        _store.Clock.Now = _store.Clock.Now.AddDays(8);
        Assert.Contains((await Service.AssessAsync(dana))!.Flags, f => f.Key == neglected.Key);
    }
}
