using FluentValidation;
using NetworkingCoach.Contacts;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Referrals;

/// <summary>The rules for one name gained: a name, and an email or LinkedIn URL that look right when given.</summary>
public class NameGainedInputValidator : AbstractValidator<NameGainedInput>
{
    public NameGainedInputValidator()
    {
        RuleFor(n => n.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the person's name or remove this row.")
            .MaximumLength(FieldLimits.Name).WithMessage($"Keep the name under {FieldLimits.Name} characters.");
        RuleFor(n => n.Email)
            .MaximumLength(FieldLimits.Email).WithMessage($"Keep the email under {FieldLimits.Email} characters.")
            .Must(ContactInputValidator.BeAnEmail).When(n => !string.IsNullOrWhiteSpace(n.Email))
            .WithMessage(n => $"\"{n.Email!.Trim()}\" is not an email address; it should look like name@example.com.");
        RuleFor(n => n.LinkedInUrl)
            .MaximumLength(FieldLimits.Url).WithMessage($"Keep the URL under {FieldLimits.Url} characters.")
            .Must(ContactInputValidator.BeAnHttpUrl).When(n => !string.IsNullOrWhiteSpace(n.LinkedInUrl))
            .WithMessage("Enter a full web address, such as https://www.linkedin.com/in/their-name.");
    }

    /// <summary>The same email or LinkedIn profile twice in one list is one person typed twice.</summary>
    public static void NoRepeats<T>(List<NameGainedInput> names, ValidationContext<T> context)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var email = ContactKeys.NormalizeEmail(names[i].Email);
            var linkedIn = ContactKeys.CanonicalLinkedInUrl(names[i].LinkedInUrl);
            if (email.Length > 0 && !seen.Add("e:" + email))
            {
                context.AddFailure($"NamesGained[{i}].{nameof(NameGainedInput.Email)}", "This email is already on another row.");
            }

            if (linkedIn is not null && !seen.Add("l:" + linkedIn))
            {
                context.AddFailure($"NamesGained[{i}].{nameof(NameGainedInput.LinkedInUrl)}", "This LinkedIn profile is already on another row.");
            }
        }
    }
}
