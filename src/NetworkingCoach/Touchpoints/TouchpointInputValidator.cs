using FluentValidation;
using NetworkingCoach.Domain;
using NetworkingCoach.Referrals;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Touchpoints;

/// <summary>The rules every logged interaction obeys; dates are judged on the user's local calendar.</summary>
public class TouchpointInputValidator : AbstractValidator<TouchpointInput>
{
    public const int MaxAgendaPoints = 20;
    public const int MaxNamesGained = 20;

    /// <summary>Judges dates on the machine's calendar (the clock's zone).</summary>
    public TouchpointInputValidator(TimeProvider clock)
        : this(() => LocalToday(clock))
    {
    }

    /// <summary>Judges dates on the user's calendar.</summary>
    public TouchpointInputValidator(UserCalendarSource calendars)
        : this(() => calendars.Current.Today)
    {
    }

    public TouchpointInputValidator(Func<DateOnly> today)
    {
        RuleFor(t => t.ContactId).NotNull().WithMessage("Choose who this was with.");
        RuleFor(t => t.OccurredAt)
            .NotNull().WithMessage("Enter the date it happened.")
            .Must(at => at is null || DateOnly.FromDateTime(at.Value) <= today())
            .WithMessage("The date cannot be after today; log it once it has happened.")
            .Must(at => at is null || at.Value.Year >= 1900)
            .WithMessage("The date must be after 1900.");
        RuleFor(t => t.Channel).NotNull().WithMessage("Choose how it happened.").IsInEnum().WithMessage("Choose how it happened.");
        RuleFor(t => t.Direction).NotNull().WithMessage("Choose who reached out.").IsInEnum().WithMessage("Choose who reached out.");
        RuleFor(t => t.Intent).NotNull().WithMessage("Choose what it was for.").IsInEnum().WithMessage("Choose what it was for.");
        RuleFor(t => t.Summary).MaximumLength(FieldLimits.Summary).WithMessage($"Keep the summary under {FieldLimits.Summary:N0} characters.");
        RuleFor(t => t.FollowUpOn)
            .Must((t, followUp) => followUp is null || t.OccurredAt is null || followUp.Value >= DateOnly.FromDateTime(t.OccurredAt.Value))
            .WithMessage("The follow-up cannot be before the touchpoint itself.");

        RuleFor(t => t.MeetingPurpose)
            .Must(p => !string.IsNullOrWhiteSpace(p)).When(t => t.IsMeeting)
            .WithMessage("Say what the meeting is for: information, advice, names — not a job.")
            .MaximumLength(FieldLimits.Summary).WithMessage($"Keep the purpose under {FieldLimits.Summary:N0} characters.");
        RuleFor(t => t.MeetingAgenda)
            .MaximumLength(FieldLimits.MeetingText).WithMessage($"Keep the agenda under {FieldLimits.MeetingText:N0} characters.")
            .Must(a => TouchpointInput.SplitAgenda(a).Count <= MaxAgendaPoints).WithMessage($"Keep the agenda to {MaxAgendaPoints} points or fewer.");
        RuleFor(t => t.MeetingOutcome).MaximumLength(FieldLimits.MeetingText).WithMessage($"Keep the outcome under {FieldLimits.MeetingText:N0} characters.");

        RuleFor(t => t.NamesGained)
            .Must(n => n.Count == 0).When(t => !t.IsMeeting).WithMessage("Names gained belong to a meeting; set the intent to Meeting.");
        RuleFor(t => t.NamesGained)
            .Must(n => n.Count <= MaxNamesGained).WithMessage($"Add at most {MaxNamesGained} names at once.");
        RuleForEach(t => t.NamesGained).SetValidator(new NameGainedInputValidator());
        RuleFor(t => t.NamesGained).Custom(NameGainedInputValidator.NoRepeats);
    }

    /// <summary>Today on the user's own calendar, which is what "not in the future" means to them.</summary>
    public static DateOnly LocalToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
