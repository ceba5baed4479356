using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Domain;
using NetworkingCoach.Settings;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Settings;

public class SettingsServiceTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private SettingsService Service => _store.Get<SettingsService>();

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_new_database_reads_the_defaults()
    {
        var preferences = await Service.LoadAsync<PreferenceSettings>();

        Assert.Equal(TimeZoneInfo.Local.Id, preferences.TimeZoneId);
        Assert.Equal(7, preferences.DefaultFollowUpDays);
    }

    [Fact]
    public async Task Saved_values_come_back_and_reset_restores_the_defaults()
    {
        await Service.SaveAsync(new PreferenceSettings { TimeZoneId = "Europe/Dublin", DefaultFollowUpDays = 21 });
        var saved = await Service.LoadAsync<PreferenceSettings>();
        await Service.ResetAsync<PreferenceSettings>();
        var reset = await Service.LoadAsync<PreferenceSettings>();

        Assert.Equal(("Europe/Dublin", 21), (saved.TimeZoneId, saved.DefaultFollowUpDays));
        Assert.Equal(7, reset.DefaultFollowUpDays);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_and_not_stored()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Service.SaveAsync(new PreferenceSettings { TimeZoneId = "Mars/Olympus_Mons", DefaultFollowUpDays = 0 }));

        Assert.Equal(2, error.Errors.Count());
        await using var db = _store.NewContext();
        Assert.Equal(0, await db.Settings.CountAsync());
    }

    [Fact]
    public async Task An_unreadable_stored_value_falls_back_to_the_default()
    {
        await using (var db = _store.NewContext())
        {
            db.Settings.Add(new Setting { Key = "PreferenceSettings.DefaultFollowUpDays", Value = "soon" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(7, (await Service.LoadAsync<PreferenceSettings>()).DefaultFollowUpDays);
    }
}
