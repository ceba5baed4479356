using FluentValidation;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>A bulk tag is one tag: not empty, no commas, within the tag length.</summary>
public class BulkTagInputValidator : AbstractValidator<BulkTagInput>
{
    public BulkTagInputValidator()
    {
        RuleFor(t => t.Tag)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter a tag.")
            .Must(t => t is null || !t.Contains(',')).WithMessage("One tag at a time; leave out the comma.")
            .Must(t => t is null || t.Trim().Length <= FieldLimits.Tag).WithMessage($"Keep the tag under {FieldLimits.Tag} characters.");
    }
}
