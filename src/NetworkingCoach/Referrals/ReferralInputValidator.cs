using FluentValidation;
using NetworkingCoach.Domain;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Referrals;

/// <summary>The rules for a referral entered by hand.</summary>
public class ReferralInputValidator : AbstractValidator<ReferralInput>
{
    public ReferralInputValidator(TimeProvider clock)
        : this(() => TouchpointInputValidator.LocalToday(clock))
    {
    }

    public ReferralInputValidator(Func<DateOnly> today)
    {
        RuleFor(r => r.ReferrerId).NotNull().WithMessage("Choose who gave you the name.");
        RuleFor(r => r.ReferredId).NotNull().WithMessage("Choose whose name it was.");
        RuleFor(r => r.ReferredId)
            .NotEqual(r => r.ReferrerId).When(r => r.ReferrerId is not null).WithMessage("Someone cannot introduce you to themselves.");
        RuleFor(r => r.SuggestedOn).NotNull().WithMessage("Enter when you got the name.")
            .Must(d => d is null || d.Value <= today()).WithMessage("The date cannot be after today.");
        RuleFor(r => r.Note).MaximumLength(FieldLimits.Summary).WithMessage($"Keep the note under {FieldLimits.Summary:N0} characters.");
    }
}
