using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching;

public class CoachingSettingsCatalogTests
{
    [Fact]
    public void Every_public_setting_has_exactly_one_descriptor()
    {
        var properties = typeof(CoachingSettings).GetProperties()
            .Where(p => p.CanWrite && (p.PropertyType == typeof(int) || p.PropertyType == typeof(double)))
            .Select(p => p.Name)
            .Order();

        Assert.Equal(properties, CoachingSettingsCatalog.All.Select(d => d.Key).Order());
    }

    [Fact]
    public void Every_default_lies_within_its_range_and_has_a_label()
    {
        foreach (var d in CoachingSettingsCatalog.All)
        {
            Assert.InRange(d.Default, d.Min, d.Max);
            Assert.False(string.IsNullOrWhiteSpace(d.Label), d.Key);
            Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Key);
        }
    }

    [Fact]
    public void Settings_round_trip_through_stored_text_and_ignore_unknown_or_bad_values()
    {
        var settings = new CoachingSettings { CadenceStrongDays = 21, DepthEmail = 0.25 };
        var stored = CoachingSettingsCatalog.ToStrings(settings).ToDictionary();
        stored["NoSuchSetting"] = "5";
        stored[nameof(CoachingSettings.ThankYouDays)] = "soon";

        var loaded = CoachingSettingsCatalog.FromStrings(stored);

        Assert.Equal(21, loaded.CadenceStrongDays);
        Assert.Equal(0.25, loaded.DepthEmail);
        Assert.Equal(new CoachingSettings().ThankYouDays, loaded.ThankYouDays);
    }

    [Fact]
    public void Reset_puts_every_setting_back_to_its_default()
    {
        var settings = new CoachingSettings { CadenceStrongDays = 5, DepthPhone = 0.1, PersistenceBlockCount = 9 };

        settings.Reset();

        Assert.Equal(CoachingSettingsCatalog.ToStrings(new CoachingSettings()), CoachingSettingsCatalog.ToStrings(settings));
    }
}
