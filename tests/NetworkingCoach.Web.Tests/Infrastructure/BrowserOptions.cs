using Microsoft.Playwright;

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>How the browser presents itself to the app: its screen and the colour scheme the system prefers.</summary>
public sealed record BrowserOptions
{
    public static readonly BrowserOptions Default = new();

    public Screen Screen { get; init; } = Screen.Desktop;

    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    /// <summary>Names the look for file names and messages: "desktop-light", "phone-dark".</summary>
    public string Look => $"{Screen.Name}-{(ColorScheme == ColorScheme.Dark ? "dark" : "light")}";

    public static BrowserOptions For(Screen screen, ColorScheme colorScheme) => new() { Screen = screen, ColorScheme = colorScheme };

    /// <summary>Both sizes in both themes, for tests that look at every page each way.</summary>
    public static IEnumerable<BrowserOptions> EveryLook() =>
        from screen in Screen.All
        from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
        select For(screen, scheme);

    public override string ToString() => Look;
}
