using NetworkingCoach.Coaching;

namespace NetworkingCoach.Web.Components.Coaching;

/// <summary>
/// The one colour per tie tier, used by badges and charts alike. Each fill carries its text at
/// WCAG AA contrast and stays distinguishable on both the light and the dark background.
/// </summary>
public static class TieColors
{
    public static TieColor For(TieTier tier) => tier switch
    {
        TieTier.Strong => new("#2e7d32", "#ffffff"),
        TieTier.Medium => new("#1565c0", "#ffffff"),
        TieTier.Weak => new("#f2b33d", "#1c1d22"),
        _ => new("#6b6e78", "#ffffff"),
    };

    /// <summary>Fills in tier order Strong, Medium, Weak, Dormant, for chart series.</summary>
    public static IReadOnlyList<string> ChartPalette { get; } =
        [For(TieTier.Strong).Fill, For(TieTier.Medium).Fill, For(TieTier.Weak).Fill, For(TieTier.Dormant).Fill];
}
