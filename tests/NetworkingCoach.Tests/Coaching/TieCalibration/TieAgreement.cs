using System.Globalization;
using System.Text;
using NetworkingCoach.Coaching;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

/// <summary>How often the calculator's tier matches the label, with the confusion matrix and a cost that punishes over-rating.</summary>
public sealed class TieAgreement
{
    private static readonly TieTier[] s_order = [TieTier.Strong, TieTier.Medium, TieTier.Weak, TieTier.Dormant];

    private TieAgreement(int[,] matrix, List<(LabelledHistory Case, TieStrength Tie)> misses, int count)
    {
        Matrix = matrix;
        Misses = misses;
        Count = count;
    }

    /// <summary>Counts by [label, computed tier], indexed by <see cref="TieTier"/> values.</summary>
    public int[,] Matrix { get; }
    public List<(LabelledHistory Case, TieStrength Tie)> Misses { get; }
    public int Count { get; }
    public int Agreed => Count - Misses.Count;
    public double Agreement => Count == 0 ? 0 : Agreed / (double)Count;

    /// <summary>Cases labelled weak or dormant that came out medium or strong: the gate would let a job ask through.</summary>
    public int WeakOrDormantRatedMediumOrStrong =>
        Matrix[(int)TieTier.Weak, (int)TieTier.Medium] + Matrix[(int)TieTier.Weak, (int)TieTier.Strong]
        + Matrix[(int)TieTier.Dormant, (int)TieTier.Medium] + Matrix[(int)TieTier.Dormant, (int)TieTier.Strong];

    /// <summary>Measures the calculator with <paramref name="settings"/>; <paramref name="stats"/>, when given, are the cases' figures gathered once.</summary>
    public static TieAgreement Measure(IReadOnlyList<LabelledHistory> cases, CoachingSettings settings, IReadOnlyList<RelationshipStats>? stats = null)
    {
        var calculator = new TieStrengthCalculator(settings, LabelledHistories.Clock);
        var matrix = new int[4, 4];
        var misses = new List<(LabelledHistory, TieStrength)>();
        var count = 0;
        foreach (var item in cases)
        {
            var tie = stats is null ? calculator.Calculate(item.History) : calculator.Calculate(item.History, stats[count]);
            matrix[(int)item.Label, (int)tie.Tier]++;
            count++;
            if (tie.Tier != item.Label)
            {
                misses.Add((item, tie));
            }
        }

        return new TieAgreement(matrix, misses, count);
    }

    /// <summary>
    /// Disagreement cost: a step too strong among weak, medium and strong costs <paramref name="overRating"/>,
    /// a step too weak costs 1; dormant against weak costs 1 either way (the gate treats them alike), and a
    /// dormant or weak case rated medium or strong costs extra, because the gate would then allow a job ask.
    /// </summary>
    public double Cost(double overRating = 3)
    {
        var cost = 0.0;
        for (var label = 0; label < 4; label++)
        {
            for (var got = 0; got < 4; got++)
            {
                var n = Matrix[label, got];
                if (n == 0 || label == got)
                {
                    continue;
                }

                var from = Rank((TieTier)label);
                var to = Rank((TieTier)got);
                var each = to > from ? overRating * (to - from) : from > to ? from - to : 1;
                if (label <= (int)TieTier.Weak && got >= (int)TieTier.Medium)
                {
                    each += overRating;
                }

                cost += n * each;
            }
        }

        return cost;
    }

    /// <summary>The matrix as a Markdown table, rows the labels and columns the computed tiers.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| label \\ computed | strong | medium | weak | dormant |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var label in s_order)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {label.ToString().ToLowerInvariant()} |");
            foreach (var got in s_order)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Matrix[(int)label, (int)got]} |");
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"agreement {Agreed}/{Count} = {Agreement:P0}; weak or dormant rated medium or strong: {WeakOrDormantRatedMediumOrStrong}");
        return text.ToString();
    }

    // Dormant and weak sit on the same step: neither may be asked for a job.
    private static int Rank(TieTier tier) => tier switch
    {
        TieTier.Strong => 2,
        TieTier.Medium => 1,
        _ => 0,
    };
}
