using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Relationships;

/// <summary>
/// Applies the user's tick-offs and snoozes to the coach's flags, so every page reads one answer: a flag
/// ticked off for the occurrence that was due is gone, a snoozed one waits (with the day it comes back) in
/// <see cref="ContactAssessment.Snoozed"/>.
/// </summary>
public static class ReminderStateFilter
{
    public static ContactAssessment Apply(ContactAssessment assessment, IReadOnlyDictionary<string, ReminderState> states, UserCalendar calendar)
    {
        if (states.Count == 0 || assessment.Flags.Count == 0)
        {
            return assessment;
        }

        List<CoachingFlag>? open = null;
        List<CoachingFlag>? snoozed = null;
        var today = calendar.Today;
        for (var i = 0; i < assessment.Flags.Count; i++)
        {
            var flag = assessment.Flags[i];
            var state = states.GetValueOrDefault(flag.Key);
            var hidden = state is not null && state.Hides(flag.DueOn ?? today, today, calendar.DateOf(state.At));
            if (hidden && open is null)
            {
                open = assessment.Flags.Take(i).ToList();
            }

            if (!hidden)
            {
                open?.Add(flag);
            }
            else if (state!.SnoozedUntil is { } until && until > today)
            {
                (snoozed ??= []).Add(flag with { DueOn = until });
            }
        }

        return open is null ? assessment : assessment with { Flags = open, Snoozed = snoozed ?? [] };
    }
}
