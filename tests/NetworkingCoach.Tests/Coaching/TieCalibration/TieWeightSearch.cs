using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

/// <summary>
/// Chooses tie-strength weights and cut-offs on the calibration part: a seeded random search over
/// the values below, then one-step polishing. Only its result is shipped, as the settings' defaults.
/// </summary>
public static class TieWeightSearch
{
    /// <summary>The settings searched and the values each may take, in steps.</summary>
    public static readonly IReadOnlyList<(string Key, int[] Values)> Space =
    [
        (nameof(CoachingSettings.ConversationsWeight), [0, 5, 10, 15, 20, 25, 30, 35, 40]),
        (nameof(CoachingSettings.ReciprocityWeight), [0, 5, 10, 15, 20, 25, 30]),
        (nameof(CoachingSettings.DepthWeight), [0, 5, 10, 15, 20, 25]),
        (nameof(CoachingSettings.BreadthWeight), [0, 5, 10, 15]),
        (nameof(CoachingSettings.RecencyWeight), [0, 5, 10, 15, 20, 25, 30]),
        (nameof(CoachingSettings.FrequencyWeight), [0, 5, 10, 15, 20, 25, 30]),
        (nameof(CoachingSettings.LongevityWeight), [0, 5, 10, 15, 20]),
        (nameof(CoachingSettings.ConversationsForFullPoints), [4, 6, 8, 10, 12, 15, 20]),
        (nameof(CoachingSettings.FrequencyTargetCount), [2, 3, 4, 6, 8]),
        (nameof(CoachingSettings.RecencyFullDays), [30, 60, 90, 180]),
        (nameof(CoachingSettings.ClosenessPointsPerStep), [2, 4, 6, 8, 10, 12, 16]),
        (nameof(CoachingSettings.ClosenessPointsPerStepDown), [4, 8, 12, 16, 20, 24]),
        (nameof(CoachingSettings.StrongTierMinScore), [40, 45, 50, 55, 60, 65, 70, 75, 80, 85]),
        (nameof(CoachingSettings.MediumTierMinScore), [15, 20, 25, 30, 35, 40, 45, 50, 55]),
        (nameof(CoachingSettings.StrongMinConversations), [3, 4, 5, 6, 8]),
        (nameof(CoachingSettings.StrongMinKnownDays), [90, 180, 270, 365]),
        (nameof(CoachingSettings.TakerAskSharePercent), [34, 50, 67, 100]),
    ];

    /// <summary>The cost of <paramref name="settings"/> on the cases, with their figures gathered once.</summary>
    public static double Cost(IReadOnlyList<LabelledHistory> cases, IReadOnlyList<RelationshipStats> stats, CoachingSettings settings) =>
        settings.MediumTierMinScore >= settings.StrongTierMinScore ? double.MaxValue : TieAgreement.Measure(cases, settings, stats).Cost();

    public static IReadOnlyList<RelationshipStats> Gather(IReadOnlyList<LabelledHistory> cases, CoachingSettings settings) =>
        cases.Select(c => RelationshipStats.Compute(c.History, settings, LabelledHistories.Now)).ToList();

    /// <summary>Random search with a fixed seed, then polishing the best few samples one setting a step at a time until nothing improves.</summary>
    public static (CoachingSettings Best, double Cost) Run(IReadOnlyList<LabelledHistory> cases, int samples, int seed, int polished = 10)
    {
        var stats = Gather(cases, new CoachingSettings());
        var random = new Random(seed);
        var starts = new List<(CoachingSettings Settings, double Cost)> { (new CoachingSettings(), Cost(cases, stats, new CoachingSettings())) };
        for (var i = 0; i < samples; i++)
        {
            var candidate = new CoachingSettings();
            foreach (var (key, values) in Space)
            {
                CoachingSettingsCatalog.Find(key)!.Write(candidate, values[random.Next(values.Length)]);
            }

            starts.Add((candidate, Cost(cases, stats, candidate)));
            if (starts.Count > 4 * polished)
            {
                starts = [.. starts.OrderBy(s => s.Cost).Take(polished)];
            }
        }

        return starts.OrderBy(s => s.Cost).Take(polished)
            .Select(s => Polish(cases, stats, s.Settings, s.Cost))
            .MinBy(s => s.Cost);
    }

    /// <summary>Moves one setting one step while that lowers the cost; the result is a local optimum of <see cref="Space"/>.</summary>
    public static (CoachingSettings Best, double Cost) Polish(IReadOnlyList<LabelledHistory> cases, IReadOnlyList<RelationshipStats> stats, CoachingSettings start, double startCost)
    {
        var (best, bestCost) = (start.Clone(), startCost);
        for (var improved = true; improved;)
        {
            improved = false;
            foreach (var neighbour in Neighbours(best))
            {
                var cost = Cost(cases, stats, neighbour);
                if (cost < bestCost)
                {
                    (best, bestCost, improved) = (neighbour, cost, true);
                }
            }
        }

        return (best, bestCost);
    }

    /// <summary>Every settings object one step away from <paramref name="settings"/> along one searched setting.</summary>
    public static IEnumerable<CoachingSettings> Neighbours(CoachingSettings settings)
    {
        foreach (var (key, values) in Space)
        {
            var descriptor = CoachingSettingsCatalog.Find(key)!;
            var at = Array.IndexOf(values, (int)descriptor.Read(settings));
            foreach (var next in new[] { at - 1, at + 1 })
            {
                if (at >= 0 && next >= 0 && next < values.Length)
                {
                    var neighbour = settings.Clone();
                    descriptor.Write(neighbour, values[next]);
                    yield return neighbour;
                }
            }
        }
    }
}
