using NetworkingCoach.Coaching;
using Xunit.Abstractions;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

public class TieCalibrationTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    [Fact]
    public void The_labelled_set_has_at_least_200_histories_of_every_tier_split_by_a_fixed_seed()
    {
        Assert.True(LabelledHistories.All.Count >= 200, $"{LabelledHistories.All.Count} histories");
        Assert.All(Enum.GetValues<TieTier>(), tier => Assert.Contains(LabelledHistories.TestPart, h => h.Label == tier));
        Assert.All(LabelledHistories.Editions, e => Assert.Equal(e.All.Count, e.Calibration.Count + e.Test.Count));
        Assert.Empty(LabelledHistories.CalibrationPart.Select(h => h.Id).Intersect(LabelledHistories.TestPart.Select(h => h.Id)));
    }

    [Fact]
    public void On_the_test_part_the_tier_agrees_with_the_label_at_least_nine_times_in_ten()
    {
        var agreement = TieAgreement.Measure(LabelledHistories.TestPart, new CoachingSettings());

        foreach (var edition in LabelledHistories.Editions)
        {
            Print($"{edition.Name} calibration part", TieAgreement.Measure(edition.Calibration, new CoachingSettings()), showMisses: true);
            Print($"{edition.Name} test part", TieAgreement.Measure(edition.Test, new CoachingSettings()));
        }

        Print("whole test part", agreement);
        Assert.True(agreement.Agreement >= 0.90, agreement.ToMarkdown());
    }

    [Fact]
    public void On_the_test_part_no_history_labelled_weak_or_dormant_is_rated_medium_or_strong()
    {
        var agreement = TieAgreement.Measure(LabelledHistories.TestPart, new CoachingSettings());

        Assert.Equal(0, agreement.WeakOrDormantRatedMediumOrStrong);
    }

    [Fact]
    public void Every_labelled_history_gets_a_tier_and_reasons_without_an_exception()
    {
        var calculator = new TieStrengthCalculator(new CoachingSettings(), LabelledHistories.Clock);

        Assert.All(LabelledHistories.All, h => Assert.NotEmpty(calculator.Calculate(h.History).Reasons));
    }

    // The test part's misses are not printed, so that reading them cannot steer the calibration.
    private void Print(string part, TieAgreement agreement, bool showMisses = false)
    {
        _output.WriteLine($"{part}, cost {agreement.Cost()}");
        _output.WriteLine(agreement.ToMarkdown());
        foreach (var (item, tie) in showMisses ? agreement.Misses : [])
        {
            _output.WriteLine($"  {item.Id}: labelled {item.Label}, rated {tie.Tier} ({tie.Score}): {string.Join(", ", tie.Reasons)}");
        }
    }
}
