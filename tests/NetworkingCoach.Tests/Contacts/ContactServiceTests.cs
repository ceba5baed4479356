using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;
using NetworkingCoach.Matching;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Contacts;

public class ContactServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private ContactService Service => _store.Get<ContactService>();

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static ContactInput Priya() => new()
    {
        Name = "  Priya Raman ",
        Company = "Acme Robotics",
        Title = "Engineering Manager",
        LinkedInUrl = "https://www.linkedin.com/in/Priya-Raman/?trk=public",
        Emails = [new LabeledValue { Value = " Priya.Raman@Acme.example ", Label = "work" }],
        Tags = "former colleague, mentor",
        Closeness = 4,
    };

    [Fact]
    public async Task Create_stores_the_contact_with_company_tags_and_search_text()
    {
        var id = await Service.CreateAsync(Priya());

        var contact = await Service.GetAsync(id);
        Assert.NotNull(contact);
        Assert.Equal("Priya Raman", contact.Name);
        Assert.Equal("Acme Robotics", contact.Company);
        Assert.Equal(["former colleague", "mentor"], contact.Tags);
        Assert.Equal("Priya.Raman@Acme.example", Assert.Single(contact.Emails).Value);
        await using var db = _store.NewContext();
        var stored = await db.Contacts.Include(c => c.Emails).SingleAsync();
        Assert.Equal("linkedin.com/in/priya-raman", stored.LinkedInKey);
        Assert.Equal("priya.raman@acme.example", stored.Emails[0].NormalizedAddress);
        Assert.Equal("priya raman acme robotics priya.raman@acme.example", stored.SearchText);
        Assert.Equal(TestStore.Now.UtcDateTime, stored.CreatedAt);
    }

    [Fact]
    public async Task The_service_refuses_invalid_input_and_saves_nothing()
    {
        var input = Priya();
        input.Emails[0].Value = "priya.raman@";

        var error = await Assert.ThrowsAsync<ValidationException>(() => Service.CreateAsync(input));

        Assert.Contains(error.Errors, e => e.PropertyName == "Emails[0].Value");
        Assert.Equal(0, await Service.CountAsync());
    }

    [Fact]
    public async Task The_store_has_anyone_only_once_a_contact_is_saved()
    {
        Assert.False(await Service.AnyAsync());

        await Service.CreateAsync(Priya());

        Assert.True(await Service.AnyAsync());
    }

    [Fact]
    public async Task The_tag_names_include_a_tag_saved_after_they_were_last_asked_for()
    {
        await Service.CreateAsync(Priya());
        Assert.Equal(["former colleague", "mentor"], await Service.TagNamesAsync());

        var other = Priya();
        other.Name = "Sam Okoro";
        other.Emails = [];
        other.LinkedInUrl = null;
        other.Tags = "alumni";
        await Service.CreateAsync(other);

        Assert.Equal(["alumni", "former colleague", "mentor"], await Service.TagNamesAsync());
    }

    [Fact]
    public async Task Companies_and_tags_are_shared_not_duplicated()
    {
        await Service.CreateAsync(Priya());
        var other = Priya();
        other.Name = "Sam Lee";
        other.Company = " acme robotics ";
        other.Tags = "MENTOR";
        other.Emails = [];
        other.LinkedInUrl = null;
        await Service.CreateAsync(other);

        await using var db = _store.NewContext();
        Assert.Equal(1, await db.Companies.CountAsync());
        Assert.Equal(2, await db.Tags.CountAsync());
    }

    [Fact]
    public async Task Update_replaces_emails_and_tags_and_bumps_the_version()
    {
        var id = await Service.CreateAsync(Priya());
        var edit = (await Service.GetForEditAsync(id))!;
        edit.Input.Title = "Head of Platform";
        edit.Input.Emails = [new LabeledValue { Value = "priya@new.example" }, new LabeledValue { Value = "p.raman@home.example", Label = "home" }];
        edit.Input.Tags = "mentor";

        var version = await Service.UpdateAsync(id, edit.Input, edit.Version);

        Assert.Equal(edit.Version + 1, version);
        var contact = (await Service.GetAsync(id))!;
        Assert.Equal("Head of Platform", contact.Title);
        Assert.Equal(["priya@new.example", "p.raman@home.example"], contact.Emails.Select(e => e.Value));
        Assert.Equal(["mentor"], contact.Tags);
        await using var db = _store.NewContext();
        Assert.Equal(2, await db.ContactEmails.CountAsync());
    }

    [Fact]
    public async Task A_second_edit_based_on_an_old_version_is_a_conflict_and_overwrites_nothing()
    {
        var id = await Service.CreateAsync(Priya());
        var first = (await Service.GetForEditAsync(id))!;
        var second = (await Service.GetForEditAsync(id))!;
        first.Input.Title = "Head of Platform";
        second.Input.Title = "VP Engineering";

        await Service.UpdateAsync(id, first.Input, first.Version);
        var conflict = await Assert.ThrowsAsync<ContactConflictException>(() => Service.UpdateAsync(id, second.Input, second.Version));

        Assert.Contains("was changed somewhere else", conflict.Message);
        Assert.Equal("Head of Platform", (await Service.GetAsync(id))!.Title);
    }

    [Fact]
    public async Task A_concurrent_write_between_load_and_save_is_caught_by_the_token()
    {
        var id = await Service.CreateAsync(Priya());
        await using var db = _store.NewContext();
        var stale = await db.Contacts.SingleAsync(c => c.Id == id);
        var edit = (await Service.GetForEditAsync(id))!;
        edit.Input.Title = "Changed elsewhere";
        await Service.UpdateAsync(id, edit.Input, edit.Version);

        stale.Title = "Stale write";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal("Changed elsewhere", (await Service.GetAsync(id))!.Title);
    }

    [Fact]
    public async Task Archived_contacts_leave_the_active_list_and_can_be_restored()
    {
        var id = await Service.CreateAsync(Priya());

        await Service.SetArchivedAsync(id, true);
        Assert.Equal(0, (await Service.ListAsync(new ContactQuery())).TotalCount);
        Assert.Equal(1, (await Service.ListAsync(new ContactQuery { Archived = ArchiveFilter.Archived })).TotalCount);

        await Service.SetArchivedAsync(id, false);
        Assert.Equal(1, (await Service.ListAsync(new ContactQuery())).TotalCount);
    }

    [Fact]
    public async Task Delete_takes_touchpoints_messages_and_referrals_both_ways_with_it()
    {
        var priya = await Service.CreateAsync(Priya());
        var sam = await Service.CreateAsync(new ContactInput { Name = "Sam Lee" });
        var kim = await Service.CreateAsync(new ContactInput { Name = "Kim Berg" });
        await using (var db = _store.NewContext())
        {
            var now = TestStore.Now.UtcDateTime;
            db.Touchpoints.Add(new Touchpoint { ContactId = priya, OccurredAt = now, CreatedAt = now, UpdatedAt = now });
            db.Messages.Add(new OutreachMessage { ContactId = priya, Subject = "Hi", Body = "Hello", CreatedAt = now, UpdatedAt = now });
            db.Referrals.Add(new Referral { ReferrerId = priya, ReferredId = sam, SuggestedOn = new DateOnly(2026, 1, 1), CreatedAt = now });
            db.Referrals.Add(new Referral { ReferrerId = kim, ReferredId = priya, SuggestedOn = new DateOnly(2026, 1, 1), CreatedAt = now });
            await db.SaveChangesAsync();
        }

        var impact = await Service.GetDeleteImpactAsync(priya);
        await Service.DeleteAsync(priya);

        Assert.Equal(new DeleteImpact("Priya Raman", 1, 2, 1), impact);
        await using var after = _store.NewContext();
        Assert.Equal(0, await after.Touchpoints.CountAsync());
        Assert.Equal(0, await after.Messages.CountAsync());
        Assert.Equal(0, await after.Referrals.CountAsync());
        Assert.Equal(2, await after.Contacts.CountAsync());
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Service.DeleteAsync(priya));
    }

    [Fact]
    public async Task Duplicates_are_found_by_email_regardless_of_case_and_by_linkedin_profile()
    {
        var id = await Service.CreateAsync(Priya());

        var byEmail = await Service.FindDuplicatesAsync(new ContactInput { Name = "P. Raman", Emails = [new LabeledValue { Value = "PRIYA.RAMAN@acme.example\u200B" }] });
        var byLinkedIn = await Service.FindDuplicatesAsync(new ContactInput { Name = "Priya R", LinkedInUrl = "http://linkedin.com/in/priya-raman/" });
        var namesake = await Service.FindDuplicatesAsync(new ContactInput { Name = "Priya Raman", Emails = [new LabeledValue { Value = "someone@else.example" }] });
        var nobody = await Service.FindDuplicatesAsync(new ContactInput { Name = "Someone Else", Emails = [new LabeledValue { Value = "someone@else.example" }] });
        var itself = await Service.FindDuplicatesAsync(Priya(), excludeId: id);

        Assert.Equal(id, Assert.Single(byEmail).Id);
        Assert.Contains("same email", byEmail[0].Reason);
        Assert.Equal("same LinkedIn profile", Assert.Single(byLinkedIn).Reason);
        Assert.Equal(MatchConfidence.Likely, Assert.Single(namesake).Confidence);
        Assert.Empty(nobody);
        Assert.Empty(itself);
    }

    [Fact]
    public async Task Quick_search_matches_every_word_in_name_company_or_email()
    {
        await Service.CreateAsync(Priya());
        await Service.CreateAsync(new ContactInput { Name = "Sam Lee", Company = "Bluefin Health" });
        await Service.CreateAsync(new ContactInput { Name = "Zoë Ødegaard", Emails = [new LabeledValue { Value = "zoe@acme.example" }] });

        async Task<string[]> Search(string text) =>
            (await Service.ListAsync(new ContactQuery { Search = text })).Items.Select(c => c.Name).ToArray();

        Assert.Equal(["Priya Raman", "Zoë Ødegaard"], await Search("acme"));
        Assert.Equal(["Priya Raman"], await Search("RAMAN robotics"));
        Assert.Equal(["Zoë Ødegaard"], await Search("zoë"));
        Assert.Equal(["Sam Lee"], await Search("bluefin"));
        Assert.Empty(await Search("nobody"));
    }

    [Fact]
    public async Task Paging_sorting_and_column_filters_happen_in_the_database()
    {
        for (var i = 0; i < 30; i++)
        {
            await Service.CreateAsync(new ContactInput { Name = $"Person {i:00}", Company = i % 2 == 0 ? "Even Co" : "Odd Co", Closeness = i % 5 + 1 });
        }

        var page = await Service.ListAsync(new ContactQuery { SortBy = ContactSortField.Name, Descending = true, Skip = 5, Take = 10 });
        var filtered = await Service.ListAsync(new ContactQuery { ColumnFilters = new Dictionary<string, string> { ["Company"] = "even" }, Take = 100 });
        var byTag = await Service.ListAsync(new ContactQuery { Tag = "nothing" });

        Assert.Equal(30, page.TotalCount);
        Assert.Equal(Enumerable.Range(15, 10).Reverse().Select(i => $"Person {i:00}"), page.Items.Select(c => c.Name));
        Assert.Equal(15, filtered.TotalCount);
        Assert.All(filtered.Items, c => Assert.Equal("Even Co", c.Company));
        Assert.Equal(0, byTag.TotalCount);
    }

    [Fact]
    public async Task A_personal_keep_in_touch_rhythm_is_stored_and_comes_back_for_editing()
    {
        var input = Priya();
        input.CadenceDays = 21;

        var id = await Service.CreateAsync(input);

        Assert.Equal(21, (await Service.GetAsync(id))!.CadenceDays);
        Assert.Equal(21, (await Service.GetForEditAsync(id))!.Input.CadenceDays);
        input.CadenceDays = 3;
        await Assert.ThrowsAsync<ValidationException>(() => Service.CreateAsync(input));
    }

    [Fact]
    public async Task A_tag_rhythm_is_set_listed_cleared_and_kept_within_limits()
    {
        await Service.CreateAsync(Priya());
        var tags = _store.Get<TagService>();
        var mentor = (await tags.ListAsync()).Single(t => t.Name == "mentor");

        await tags.SetCadenceAsync(mentor.Id, 14);
        var set = (await tags.ListAsync()).Single(t => t.Id == mentor.Id);
        await tags.SetCadenceAsync(mentor.Id, null);
        var cleared = (await tags.ListAsync()).Single(t => t.Id == mentor.Id);

        Assert.Equal((14, 1), (set.CadenceDays!.Value, set.ContactCount));
        Assert.Null(cleared.CadenceDays);
        await Assert.ThrowsAsync<ValidationException>(() => tags.SetCadenceAsync(mentor.Id, 2));
    }
}
