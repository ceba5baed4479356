using FluentValidation;

namespace NetworkingCoach.Referrals;

/// <summary>Validates names gained added to a meeting after the fact, with the same rules as the meeting form.</summary>
public class NameGainedListValidator : AbstractValidator<NamesGainedRequest>
{
    public NameGainedListValidator()
    {
        RuleFor(r => r.NamesGained).NotEmpty().WithMessage("Add at least one name.");
        RuleForEach(r => r.NamesGained).SetValidator(new NameGainedInputValidator());
        RuleFor(r => r.NamesGained).Custom(NameGainedInputValidator.NoRepeats);
    }
}
