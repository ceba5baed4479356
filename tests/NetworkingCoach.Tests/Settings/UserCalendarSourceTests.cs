using FluentValidation;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Settings;

public class UserCalendarSourceTests
{
    [Fact]
    public async Task Without_a_chosen_zone_the_calendar_is_the_machines()
    {
        await using var store = await TestStore.CreateAsync();

        Assert.Equal(FixedClock.PlusTen, store.Get<UserCalendarSource>().Current.Zone);
    }

    [Fact]
    public async Task The_zone_chosen_in_settings_is_used_at_once()
    {
        await using var store = await TestStore.CreateAsync();

        await store.UseTimeZoneAsync("America/Los_Angeles");

        Assert.Equal("America/Los_Angeles", store.Get<UserCalendarSource>().Current.Zone.Id);
    }

    [Fact]
    public async Task An_unknown_zone_is_refused_with_a_message()
    {
        await using var store = await TestStore.CreateAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() => store.UseTimeZoneAsync("Mars/Olympus_Mons"));

        Assert.Contains(refused.Errors, e => e.ErrorMessage == "\"Mars/Olympus_Mons\" is not a time zone this machine knows.");
    }

    [Fact]
    public async Task An_unknown_zone_already_stored_falls_back_to_the_machines()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = await store.OpenAsync())
        {
            db.Settings.Add(new Setting { Key = "PreferenceSettings.TimeZoneId", Value = "Mars/Olympus_Mons" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(FixedClock.PlusTen, store.Get<UserCalendarSource>().Current.Zone);
    }
}
