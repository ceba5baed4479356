namespace NetworkingCoach.Reminders;

/// <summary>An all-day calendar event; <see cref="Uid"/> stays the same when the event is updated.</summary>
public sealed record IcsEvent(string Uid, DateOnly Date, string Summary, string? Description = null);
