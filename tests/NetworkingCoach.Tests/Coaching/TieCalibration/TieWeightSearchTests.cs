using NetworkingCoach.Coaching;
using Xunit.Abstractions;

namespace NetworkingCoach.Tests.Coaching.TieCalibration;

public class TieWeightSearchTests(ITestOutputHelper output)
{
    private readonly ITestOutputHelper _output = output;

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
