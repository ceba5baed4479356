namespace NetworkingCoach.Reminders;

/// <summary>The items of one kind in a week, most pressing first; <see cref="Hidden"/> counts those left out by the weekly limit.</summary>
public sealed record ReminderGroup(ReminderKind Kind, string Title, IReadOnlyList<ReminderItem> Items, int Hidden = 0)
{
    public int Count => Items.Count;

    /// <summary>Everything due in the group, listed or not.</summary>
    public int Total => Items.Count + Hidden;
}
