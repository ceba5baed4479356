namespace NetworkingCoach.Reminders;

/// <summary>
/// The items of one kind in a week, most pressing first: <see cref="Items"/> are the ones listed, <see cref="Hidden"/>
/// counts the rest, and <see cref="More"/> says how many of those can still be listed on request (relationships to
/// renew stop at the weekly limit).
/// </summary>
public sealed record ReminderGroup(ReminderKind Kind, string Title, IReadOnlyList<ReminderItem> Items, int Hidden = 0)
{
    public int Count => Items.Count;

    /// <summary>Everything due in the group, listed or not.</summary>
    public int Total => Items.Count + Hidden;

    /// <summary>How many more items the group can list when asked (the next page); never more than <see cref="Hidden"/>.</summary>
    public int More { get; init; }
}
