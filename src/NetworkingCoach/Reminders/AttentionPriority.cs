namespace NetworkingCoach.Reminders;

/// <summary>Orders what needs attention: how valuable the tie is times how overdue the item is.</summary>
public static class AttentionPriority
{
    /// <summary>
    /// (score + 5) × log2(2 + days overdue). The logarithm keeps a dormant tie ten years overdue from
    /// outranking a strong tie a fortnight overdue, while still lifting long-neglected items over fresh ones.
    /// </summary>
    public static double Of(int tieScore, int daysOverdue) => (Math.Clamp(tieScore, 0, 100) + 5) * Math.Log2(2 + Math.Max(0, daysOverdue));
}
