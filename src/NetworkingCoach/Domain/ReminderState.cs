namespace NetworkingCoach.Domain;

/// <summary>A reminder the user ticked off or snoozed; the key names the reminder.</summary>
public class ReminderState
{
    public int Id { get; set; }
    public string ItemKey { get; set; } = "";
    public bool IsDone { get; set; }
    public DateOnly? SnoozedUntil { get; set; }
    public DateTime At { get; set; }
}
