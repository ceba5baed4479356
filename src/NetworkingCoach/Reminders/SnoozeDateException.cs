namespace NetworkingCoach.Reminders;

/// <summary>A snooze date that is not after today, or too far ahead.</summary>
public class SnoozeDateException(string message) : UserFacingException(message);
