namespace NetworkingCoach.Reminders;

/// <summary>Everything due in one ISO week, grouped; overdue items are carried into the current week.</summary>
public sealed record WeekPlan(IsoWeek Week, bool IsCurrentWeek, DateOnly Today, IReadOnlyList<ReminderGroup> Groups)
{
    /// <summary>Items listed.</summary>
    public int Count => Groups.Sum(g => g.Count);

    /// <summary>Everything due, including what the per-group limits leave unlisted.</summary>
    public int Total => Groups.Sum(g => g.Total);

    public bool IsAllClear => Count == 0;

    public IEnumerable<ReminderItem> Items => Groups.SelectMany(g => g.Items);
}
