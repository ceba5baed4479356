using FluentValidation;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>The rules every contact obeys, whether typed in the form or imported.</summary>
public class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter a name.")
            .MaximumLength(FieldLimits.Name).WithMessage($"Keep the name under {FieldLimits.Name} characters.");
        RuleFor(c => c.Company).MaximumLength(FieldLimits.CompanyName).WithMessage($"Keep the company under {FieldLimits.CompanyName} characters.");
        RuleFor(c => c.Title).MaximumLength(FieldLimits.Title).WithMessage($"Keep the title under {FieldLimits.Title} characters.");
        RuleFor(c => c.Location).MaximumLength(FieldLimits.Location).WithMessage($"Keep the location under {FieldLimits.Location} characters.");
        RuleFor(c => c.HowWeMet).MaximumLength(FieldLimits.HowWeMet).WithMessage($"Keep this under {FieldLimits.HowWeMet} characters.");
        RuleFor(c => c.Notes).MaximumLength(FieldLimits.Notes).WithMessage($"Keep notes under {FieldLimits.Notes:N0} characters.");
        RuleFor(c => c.Closeness)
            .InclusiveBetween(1, FieldLimits.Closeness).When(c => c.Closeness is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage($"Closeness goes from 1 (barely know them) to {FieldLimits.Closeness} (very close).");
        RuleFor(c => c.CadenceDays)
            .InclusiveBetween(FieldLimits.MinCadenceDays, FieldLimits.MaxCadenceDays).When(c => c.CadenceDays is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage($"Choose a rhythm between {FieldLimits.MinCadenceDays} and {FieldLimits.MaxCadenceDays} days, or leave it empty for the default.");
        RuleFor(c => c.KnownSince)
            .Must(date => date is null || date.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("\"Known since\" cannot be in the future.")
            .Must(date => date is null || date.Value.Year >= 1900)
            .WithMessage("\"Known since\" must be after 1900.");
        RuleFor(c => c.Birthday)
            .Must(date => date is null || !Birthday.HasYear(date.Value) || date.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("A birthday cannot be in the future.")
            .Must(date => date is null || !Birthday.HasYear(date.Value) || date.Value.Year >= 1900)
            .WithMessage("A birthday must be after 1900; leave the year out if you do not know it.");
        RuleFor(c => c.LinkedInUrl)
            .MaximumLength(FieldLimits.Url).WithMessage($"Keep the URL under {FieldLimits.Url} characters.")
            .Must(BeAnHttpUrl).When(c => !string.IsNullOrWhiteSpace(c.LinkedInUrl), ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter a full web address, such as https://www.linkedin.com/in/their-name.");
        RuleFor(c => c.Tags)
            .Must(tags => tags is null || new ContactInput { Tags = tags }.TagList().All(t => t.Length <= FieldLimits.Tag))
            .WithMessage($"Keep each tag under {FieldLimits.Tag} characters.")
            .Must(tags => tags is null || new ContactInput { Tags = tags }.TagList().Count <= FieldLimits.MaxTagsPerContact)
            .WithMessage($"Use at most {FieldLimits.MaxTagsPerContact} tags.");
        RuleFor(c => c.Emails).Must(e => e.Count <= FieldLimits.MaxEmailsPerContact).WithMessage($"Keep at most {FieldLimits.MaxEmailsPerContact} emails.");
        RuleFor(c => c.Phones).Must(p => p.Count <= FieldLimits.MaxPhonesPerContact).WithMessage($"Keep at most {FieldLimits.MaxPhonesPerContact} phone numbers.");
        RuleForEach(c => c.Emails).ChildRules(email =>
        {
            // A blank line is simply ignored when saving, so the form can always offer an empty row.
            email.RuleFor(e => e.Value)
                .MaximumLength(FieldLimits.Email).WithMessage($"Keep the email under {FieldLimits.Email} characters.")
                .Must(BeAnEmail).When(e => !string.IsNullOrWhiteSpace(e.Value), ApplyConditionTo.CurrentValidator)
                .WithMessage(e => $"\"{e.Value.Trim()}\" is not an email address; it should look like name@example.com.");
            email.RuleFor(e => e.Label).MaximumLength(FieldLimits.Label).WithMessage($"Keep the label under {FieldLimits.Label} characters.");
        });
        RuleForEach(c => c.Phones).ChildRules(phone =>
        {
            phone.RuleFor(p => p.Value)
                .MaximumLength(FieldLimits.Phone).WithMessage($"Keep the phone number under {FieldLimits.Phone} characters.")
                .Must(BeAPhoneNumber).When(p => !string.IsNullOrWhiteSpace(p.Value), ApplyConditionTo.CurrentValidator)
                .WithMessage("A phone number holds digits, spaces and + ( ) - . only.");
            phone.RuleFor(p => p.Label).MaximumLength(FieldLimits.Label).WithMessage($"Keep the label under {FieldLimits.Label} characters.");
        });
    }

    /// <summary>A pragmatic check: one @, a non-empty local part, a dotted domain, no spaces.</summary>
    public static bool BeAnEmail(string? value)
    {
        var text = ContactKeys.NormalizeEmail(value);
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        return domain.Length >= 3 && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }

    public static bool BeAnHttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Contains('.');

    private static bool BeAPhoneNumber(string? value) =>
        value is not null && value.Any(char.IsDigit) && value.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.' or '/' || char.IsLetter(c) && c is 'x' or 'X');
}
