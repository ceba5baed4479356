namespace NetworkingCoach.Domain;

/// <summary>A reminder the user ticked off or snoozed; the key names the reminder.</summary>
public class ReminderState
{
    public int Id { get; set; }
    public string ItemKey { get; set; } = "";
    public bool IsDone { get; set; }
    public DateOnly? SnoozedUntil { get; set; }
    public DateTime At { get; set; }

    /// <summary>
    /// True while the occurrence due on <paramref name="dueOn"/> should stay off the lists as of
    /// <paramref name="asOf"/>: snoozed past that day, or ticked off (<paramref name="doneOn"/>, on the user's
    /// calendar) on or after it fell due. The same relationship falling due again later shows again.
    /// </summary>
    public bool Hides(DateOnly dueOn, DateOnly asOf, DateOnly doneOn) =>
        (SnoozedUntil is { } until && asOf < until) || (IsDone && dueOn <= doneOn);

    /// <summary>The contact the key names ("kind:contact:touchpoint:referral"), or null when there is none.</summary>
    public int? ContactId => ContactOf(ItemKey);

    public static int? ContactOf(string key)
    {
        var parts = key.Split(':');
        return parts.Length > 1 && int.TryParse(parts[1], out var id) ? id : null;
    }
}
