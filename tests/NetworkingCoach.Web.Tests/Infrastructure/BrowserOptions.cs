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

    /// <summary>
    /// Each theme and each size once (a laptop in the light theme, a phone in the dark), for states of a page whose
    /// page itself is checked in <see cref="EveryLook"/>: what depends on the theme shows in one, what depends on the
    /// size in the other.
    /// </summary>
    public static IEnumerable<BrowserOptions> EachThemeAndSize() =>
        [For(Screen.Desktop, ColorScheme.Light), For(Screen.Phone, ColorScheme.Dark)];

    public override string ToString() => Look;
}
