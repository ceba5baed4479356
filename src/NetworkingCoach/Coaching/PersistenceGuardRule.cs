using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Warns, then blocks, when a new message would pile onto messages the contact has not answered.</summary>
public sealed class PersistenceGuardRule : ICoachingRule
{
    public string Id => "persistence-guard";
    public FlagSeverity Severity => FlagSeverity.Block;
    public CoachingRuleKind Kind => CoachingRuleKind.Outreach;
    public string Title => "Too many unanswered follow-ups";
    public string Rationale =>
        "Badgering burns a contact; after \"not right now\" a reasonable rhythm is to check back in three or four weeks.";

    public void Evaluate(RuleContext context, List<CoachingFlag> flags)
    {
        if (context.Planned is null)
        {
            return;
        }

        var s = context.Settings;
        var today = context.Today;
        var lastTwoWay = context.Stats.LastTwoWayAt;
        var longestWindow = Math.Max(s.PersistenceWarnWindowDays, s.PersistenceBlockWindowDays);

        // Only unanswered messages since the last real conversation count: a reply resets the count.
        var unanswered = new List<DateOnly>();
        foreach (var t in context.History.Touchpoints)
        {
            if (t.Direction == Direction.IReachedOut && !t.TheyAnswered && t.OccurredAt <= context.Now
                && (lastTwoWay is null || t.OccurredAt > lastTwoWay))
            {
                var day = DateOnly.FromDateTime(t.OccurredAt);
                if (today.DayNumber - day.DayNumber < longestWindow)
                {
                    unanswered.Add(day);
                }
            }
        }

        if (unanswered.Count == 0)
        {
            return;
        }

        unanswered.Sort((a, b) => b.CompareTo(a));
        var inWarnWindow = CountWithin(unanswered, today, s.PersistenceWarnWindowDays);
        var inBlockWindow = CountWithin(unanswered, today, s.PersistenceBlockWindowDays);

        // The planned message is the next one: it makes the count one higher.
        var blocked = inBlockWindow + 1 >= s.PersistenceBlockCount;
        var warned = inWarnWindow + 1 >= s.PersistenceWarnCount;
        if (!blocked && !warned)
        {
            return;
        }

        var nextAllowed = Max(
            FineFrom(unanswered, s.PersistenceWarnCount - 1, s.PersistenceWarnWindowDays),
            FineFrom(unanswered, s.PersistenceBlockCount - 1, s.PersistenceBlockWindowDays));
        var name = context.FirstName;
        var wait = $"Give {name} room: wait until {PlainWords.Date(nextAllowed)}; after \"not right now\", check back in three or four weeks.";

        flags.Add(blocked
            ? new CoachingFlag
            {
                RuleId = Id,
                Severity = FlagSeverity.Block,
                Message = $"This would be your {PlainWords.Ordinal(inBlockWindow + 1)} unanswered message to {name} within {s.PersistenceBlockWindowDays} days.",
                SuggestedNextStep = wait,
                ContactId = context.History.ContactId,
                NextAllowedOn = nextAllowed,
            }
            : new CoachingFlag
            {
                RuleId = Id,
                Severity = FlagSeverity.Warning,
                Message = $"{name} has not answered your message of {PlainWords.Ago(today.DayNumber - unanswered[0].DayNumber)}; following up again within {s.PersistenceWarnWindowDays} days can feel like pressure.",
                SuggestedNextStep = wait,
                ContactId = context.History.ContactId,
                NextAllowedOn = nextAllowed,
            });
    }

    private static int CountWithin(List<DateOnly> newestFirst, DateOnly today, int windowDays)
    {
        var count = 0;
        foreach (var day in newestFirst)
        {
            if (today.DayNumber - day.DayNumber < windowDays)
            {
                count++;
            }
        }

        return count;
    }

    // With fewer than `allowedPrior` earlier messages inside the window the next one is fine; that happens
    // once the allowedPrior-th newest message has aged out of the window.
    private static DateOnly FineFrom(List<DateOnly> newestFirst, int allowedPrior, int windowDays) =>
        allowedPrior >= 1 && allowedPrior <= newestFirst.Count
            ? newestFirst[allowedPrior - 1].AddDays(windowDays)
            : DateOnly.MinValue;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
