using System.Globalization;
using NetworkingCoach.Coaching;
using Xunit.Abstractions;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

public class TieWeightSearchTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

    [Fact(Skip = "Chooses the defaults again (about a minute); run it by hand after changing the guide or the labelled set, then copy the values into CoachingSettings.")]
    public void Search_the_calibration_part_for_weights()
    {
        var (best, cost) = TieWeightSearch.Run(LabelledHistories.CalibrationPart, samples: 30000, seed: 14);

        _output.WriteLine($"cost {cost}");
        foreach (var (key, _) in TieWeightSearch.Space)
        {
            _output.WriteLine($"{key} = {CoachingSettingsCatalog.Find(key)!.Read(best).ToString(CultureInfo.InvariantCulture)}");
        }

        _output.WriteLine(TieAgreement.Measure(LabelledHistories.CalibrationPart, best).ToMarkdown());
    }

    [Fact]
    public void No_single_step_from_the_default_weights_lowers_the_cost_on_the_calibration_part()
    {
        var cases = LabelledHistories.CalibrationPart;
        var stats = TieWeightSearch.Gather(cases, new CoachingSettings());
        var defaults = TieWeightSearch.Cost(cases, stats, new CoachingSettings());

        foreach (var neighbour in TieWeightSearch.Neighbours(new CoachingSettings()))
        {
            var cost = TieWeightSearch.Cost(cases, stats, neighbour);
            Assert.True(cost >= defaults, $"a step to {Describe(neighbour)} costs {cost}, below the defaults' {defaults}");
            if (cost == defaults)
            {
                _output.WriteLine($"as good: {Describe(neighbour)}");
            }
        }
    }

    private static string Describe(CoachingSettings settings)
    {
        var defaults = CoachingSettingsCatalog.ToStrings(new CoachingSettings());
        return string.Join(", ", CoachingSettingsCatalog.ToStrings(settings).Where(p => defaults[p.Key] != p.Value).Select(p => $"{p.Key} = {p.Value}"));
    }
}
