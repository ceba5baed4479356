using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching;

public class CoachingSettingsValidatorTests
{
    private readonly CoachingSettingsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        var result = _validator.Validate(new CoachingSettings());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void A_value_outside_its_range_is_rejected_under_its_key()
    {
        var result = _validator.Validate(new CoachingSettings { PersistenceWarnWindowDays = 0, DepthEmail = 1.5 });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.PersistenceWarnWindowDays));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.DepthEmail));
    }

    [Fact]
    public void Tier_cut_offs_out_of_order_are_rejected()
    {
        var result = _validator.Validate(new CoachingSettings { StrongTierMinScore = 40, MediumTierMinScore = 50 });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.MediumTierMinScore));
    }

    [Fact]
    public void Persistence_block_must_need_more_messages_and_a_window_no_shorter_than_the_warning()
    {
        var result = _validator.Validate(new CoachingSettings
        {
            PersistenceWarnCount = 3,
            PersistenceBlockCount = 3,
            PersistenceWarnWindowDays = 30,
            PersistenceBlockWindowDays = 20,
        });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.PersistenceBlockCount));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.PersistenceBlockWindowDays));
    }

    [Fact]
    public void Cadences_must_lengthen_as_ties_weaken()
    {
        var result = _validator.Validate(new CoachingSettings { CadenceStrongDays = 120, CadenceMediumDays = 90 });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CoachingSettings.CadenceMediumDays));
    }

    [Fact]
    public void All_weights_zero_is_rejected()
    {
        var result = _validator.Validate(new CoachingSettings
        {
            ConversationsWeight = 0,
            BreadthWeight = 0,
            RecencyWeight = 0,
            FrequencyWeight = 0,
            ReciprocityWeight = 0,
            DepthWeight = 0,
            LongevityWeight = 0,
        });

        Assert.False(result.IsValid);
    }
}
