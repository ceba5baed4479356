namespace NetworkingCoach.Coaching;

/// <summary>When the next keep-in-touch with a contact is due, on the user's calendar, and why.</summary>
/// <param name="NextDue">Null when no rhythm applies yet (nothing logged and no rhythm chosen).</param>
public sealed record KeepInTouch(DateOnly? NextDue, int CadenceDays, string Why);
