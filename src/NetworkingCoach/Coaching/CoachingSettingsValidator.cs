using FluentValidation;

namespace NetworkingCoach.Coaching;

/// <summary>Checks coaching settings are within sane ranges and their cut-offs are in order.</summary>
public class CoachingSettingsValidator : AbstractValidator<CoachingSettings>
{
    public CoachingSettingsValidator()
    {
        foreach (var descriptor in CoachingSettingsCatalog.All)
        {
            RuleFor(s => descriptor.Read(s))
                .InclusiveBetween(descriptor.Min, descriptor.Max)
                .OverridePropertyName(descriptor.Key)
                .WithMessage($"{descriptor.Label} must be between {descriptor.Min:0.##} and {descriptor.Max:0.##}.");
        }

        RuleFor(s => s.MediumTierMinScore)
            .LessThan(s => s.StrongTierMinScore)
            .WithMessage("The score for a medium tie must be below the score for a strong tie.");
        RuleFor(s => s.RecencyZeroDays)
            .GreaterThan(s => s.RecencyFullDays)
            .WithMessage("'Too long ago for any points' must be more days than 'recent enough for full points'.");
        RuleFor(s => s.CadenceMediumDays)
            .GreaterThanOrEqualTo(s => s.CadenceStrongDays)
            .WithMessage("Medium ties cannot need contact more often than strong ties.");
        RuleFor(s => s.CadenceWeakDays)
            .GreaterThanOrEqualTo(s => s.CadenceMediumDays)
            .WithMessage("Weak ties cannot need contact more often than medium ties.");
        RuleFor(s => s.PersistenceBlockWindowDays)
            .GreaterThanOrEqualTo(s => s.PersistenceWarnWindowDays)
            .WithMessage("The blocking window must be at least as long as the warning window.");
        RuleFor(s => s.PersistenceBlockCount)
            .GreaterThan(s => s.PersistenceWarnCount)
            .WithMessage("More unanswered messages must be needed to block than to warn.");
        RuleFor(s => s.StrongMinConversations)
            .GreaterThanOrEqualTo(s => s.MediumMinConversations)
            .WithMessage("A strong tie cannot need fewer conversations than a medium one.");
        RuleFor(s => s.ConversationsWeight + s.RecencyWeight + s.FrequencyWeight + s.ReciprocityWeight + s.DepthWeight + s.BreadthWeight + s.LongevityWeight)
            .GreaterThan(0)
            .OverridePropertyName("TieStrengthWeights")
            .WithMessage("At least one tie-strength weight must be above zero.");
    }
}
