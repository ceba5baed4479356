using FluentValidation;

namespace NetworkingCoach.Settings;

/// <summary>Checks the general preferences.</summary>
public class PreferenceSettingsValidator : AbstractValidator<PreferenceSettings>
{
    public PreferenceSettingsValidator()
    {
        RuleFor(s => s.TimeZoneId)
            .Must(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage(s => $"\"{s.TimeZoneId}\" is not a time zone this machine knows.");
        RuleFor(s => s.PhoneRegion)
            .Must(Matching.PhoneRegions.IsSupported)
            .WithMessage(s => $"\"{s.PhoneRegion}\" is not a region code phone numbers can be read in (two letters, such as GB or US).");
        RuleFor(s => s.DefaultFollowUpDays)
            .InclusiveBetween(1, 90)
            .WithMessage("Suggest a follow-up between 1 and 90 days later.");
        RuleFor(s => s.WeeklyRenewLimit)
            .InclusiveBetween(0, 100)
            .WithMessage("Suggest between 0 and 100 relationships to renew each week.");
    }
}
