using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Settings;

namespace NetworkingCoach.Reminders;

/// <summary>The reminders as an iCalendar feed behind an unguessable token that the user can replace.</summary>
public sealed class CalendarFeedService(SettingsService settings, ReminderService reminders, TimeProvider clock, ILogger<CalendarFeedService> logger)
{
    /// <summary>How many weeks ahead of the current one the feed covers.</summary>
    public const int WeeksAhead = 4;

    public async Task<string> GetOrCreateTokenAsync(CancellationToken cancellationToken = default)
    {
        var feed = await settings.LoadAsync<CalendarFeedSettings>(cancellationToken);
        if (feed.Token.Length > 0)
        {
            return feed.Token;
        }

        return await RegenerateTokenAsync(cancellationToken);
    }

    /// <summary>Replaces the token: the old address stops working at once.</summary>
    public async Task<string> RegenerateTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = NewToken();
        await settings.SaveAsync(new CalendarFeedSettings { Token = token }, cancellationToken);
        logger.LogInformation("Calendar feed address replaced");
        return token;
    }

    /// <summary>True only for the stored token, compared in constant time.</summary>
    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken = default)
    {
        var stored = (await settings.LoadAsync<CalendarFeedSettings>(cancellationToken)).Token;
        if (stored.Length == 0 || string.IsNullOrEmpty(token))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(token));
    }

    /// <summary>This week's reminders (overdue ones on today) and the next weeks' follow-ups and meetings.</summary>
    public async Task<string> BuildAsync(CancellationToken cancellationToken = default)
    {
        var planner = await reminders.CreatePlannerAsync(cancellationToken);
        var week = planner.CurrentWeek;
        var events = new List<IcsEvent>();
        for (var i = 0; i <= WeeksAhead; i++)
        {
            var plan = await reminders.GetWeekAsync(week, cancellationToken);
            events.AddRange(plan.Items.Select(item => ToEvent(item, plan.Today)));
            week = week.Next;
        }

        return IcsCalendarWriter.Write(events, clock.GetUtcNow().UtcDateTime, "NetworkingCoach reminders");
    }

    private static IcsEvent ToEvent(ReminderItem item, DateOnly today)
    {
        var summary = item.Kind switch
        {
            ReminderKind.FollowUp => $"Follow up with {item.ContactName}",
            ReminderKind.ThankYou => $"Thank {item.ContactName}",
            ReminderKind.Referral => $"Referral: {item.ContactName}",
            ReminderKind.Meeting => $"Meeting with {item.ContactName}",
            _ => $"Get back in touch with {item.ContactName}",
        };
        var description = item.NextStep is null ? item.Detail : item.Detail + "\n" + item.NextStep;
        return new IcsEvent(item.Key.Replace(':', '-') + "@networkingcoach", item.DueOn < today ? today : item.DueOn, summary, description);
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
