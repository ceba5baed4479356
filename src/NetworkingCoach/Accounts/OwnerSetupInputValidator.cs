using FluentValidation;

namespace NetworkingCoach.Accounts;

/// <summary>Checks the owner set-up form before Identity's own password rules run.</summary>
public sealed class OwnerSetupInputValidator : AbstractValidator<OwnerSetupInput>
{
    public OwnerSetupInputValidator()
    {
        RuleFor(x => x.SetupCode).NotEmpty().WithMessage("Enter the setup code printed in the console where the app started.");
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Choose a user name.")
            .MaximumLength(64).WithMessage("Keep the user name to 64 characters.")
            .Matches("^[A-Za-z0-9._@+-]+$").WithMessage("Use letters, digits and . _ @ + - only.");
        RuleFor(x => x.Password).MinimumLength(AccountRules.MinimumPasswordLength)
            .WithMessage($"Use at least {AccountRules.MinimumPasswordLength} characters; a few unrelated words make a good password.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords differ.");
    }
}
