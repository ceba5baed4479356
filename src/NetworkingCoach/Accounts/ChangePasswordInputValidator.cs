using FluentValidation;

namespace NetworkingCoach.Accounts;

/// <summary>Checks the change-password form before Identity's own rules run.</summary>
public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(x => x.NewPassword).MinimumLength(AccountRules.MinimumPasswordLength)
            .WithMessage($"Use at least {AccountRules.MinimumPasswordLength} characters; a few unrelated words make a good password.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The two passwords differ.");
    }
}
