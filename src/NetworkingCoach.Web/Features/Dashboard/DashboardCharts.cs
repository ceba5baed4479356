using MudBlazor;
using NetworkingCoach.Dashboard;
using NetworkingCoach.Web.Components.Coaching;

namespace NetworkingCoach.Web.Features.Dashboard;

/// <summary>The dashboard's figures shaped as chart series, with the tie colours from the one shared map.</summary>
public sealed class DashboardCharts
{
    // Gives and asks in the palette's green and amber, readable on both themes' cards.
    private const string GiveColour = "#2e7d32";
    private const string AskColour = "#c77700";

    public required List<ChartSeries<double>> Tiers { get; init; }
    public required string[] TierLabels { get; init; }
    public required DonutChartOptions TierOptions { get; init; }
    public required List<ChartSeries<double>> Channels { get; init; }
    public required string[] Weeks { get; init; }
    public required StackedBarChartOptions ChannelOptions { get; init; }
    public required List<ChartSeries<double>> Referrals { get; init; }
    public required string[] Months { get; init; }
    public required BarChartOptions ReferralOptions { get; init; }
    public required List<ChartSeries<double>> GiveAsk { get; init; }
    public required BarChartOptions GiveAskOptions { get; init; }

    public static DashboardCharts From(DashboardData data) => new()
    {
        Tiers = [Series("Contacts", data.Tiers.Select(t => t.Count))],
        TierLabels = data.Tiers.Select(t => $"{t.Label} ({t.Count:N0})").ToArray(),
        TierOptions = new DonutChartOptions { ChartPalette = data.Tiers.Select(t => TieColors.For(t.Tier).Fill).ToArray() },
        Channels = data.TouchpointsPerWeek.Select(s => Series(s.Label, s.Points.Select(p => p.Count))).ToList(),
        Weeks = data.GiveAskPerWeek.Select(w => w.Label).ToArray(),
        ChannelOptions = new StackedBarChartOptions { XAxisLabelInterval = 2, YAxisFormat = "0" },
        Referrals = [Series("Names gained", data.ReferralsPerMonth.Select(m => m.Count))],
        Months = data.ReferralsPerMonth.Select(m => m.Label).ToArray(),
        ReferralOptions = new BarChartOptions { ShowLegend = false, YAxisFormat = "0", XAxisLabelInterval = 2, ChartPalette = [TieColors.For(Coaching.TieTier.Medium).Fill] },
        GiveAsk = [Series("Gives", data.GiveAskPerWeek.Select(w => w.Gives)), Series("Asks", data.GiveAskPerWeek.Select(w => w.Asks))],
        GiveAskOptions = new BarChartOptions { XAxisLabelInterval = 2, YAxisFormat = "0", ChartPalette = [GiveColour, AskColour] },
    };

    private static ChartSeries<double> Series(string name, IEnumerable<int> counts) =>
        new() { Name = name, Data = new ChartData<double>(counts.Select(c => (double)c).ToList()) };
}
