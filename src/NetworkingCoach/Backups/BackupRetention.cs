using System.Globalization;

namespace NetworkingCoach.Backups;

/// <summary>Which automatic backups to keep: the newest of each of the last 7 days that have one, and of the 4 weeks before.</summary>
public static class BackupRetention
{
    public const int DailyKept = 7;
    public const int WeeklyKept = 4;

    /// <summary>The backups to delete, of one kind, given all of that kind.</summary>
    public static IReadOnlyList<BackupInfo> ToDelete(IEnumerable<BackupInfo> backups)
    {
        var newestFirst = backups.OrderByDescending(b => b.TakenAtUtc).ToList();
        var keep = new HashSet<BackupInfo>(ReferenceEqualityComparer.Instance);
        var days = newestFirst.GroupBy(b => DateOnly.FromDateTime(b.TakenAtUtc)).Take(DailyKept).ToList();
        keep.UnionWith(days.Select(d => d.First()));
        var oldestDayKept = days.Count == 0 ? DateOnly.MaxValue : days[^1].Key;
        keep.UnionWith(newestFirst
            .Where(b => DateOnly.FromDateTime(b.TakenAtUtc) < oldestDayKept)
            .GroupBy(b => (ISOWeek.GetYear(b.TakenAtUtc), ISOWeek.GetWeekOfYear(b.TakenAtUtc)))
            .Take(WeeklyKept)
            .Select(w => w.First()));
        return newestFirst.Where(b => !keep.Contains(b)).ToList();
    }
}
