using FluentValidation;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Messages;

/// <summary>A message needs a recipient and some words, within sane lengths.</summary>
public class MessageInputValidator : AbstractValidator<MessageInput>
{
    public MessageInputValidator()
    {
        RuleFor(m => m.ContactId).NotNull().WithMessage("Choose who the message is for.");
        RuleFor(m => m.Body)
            .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write the message first.")
            .MaximumLength(FieldLimits.MessageBody).WithMessage($"Keep the message under {FieldLimits.MessageBody:N0} characters.");
        RuleFor(m => m.Subject).MaximumLength(FieldLimits.Subject).WithMessage($"Keep the subject under {FieldLimits.Subject} characters.");
    }
}
