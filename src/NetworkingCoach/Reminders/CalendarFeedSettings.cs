namespace NetworkingCoach.Reminders;

/// <summary>The secret part of the calendar feed's address; empty until the feed is first shown.</summary>
public class CalendarFeedSettings
{
    public string Token { get; set; } = "";
}
