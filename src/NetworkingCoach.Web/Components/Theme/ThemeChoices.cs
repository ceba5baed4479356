namespace NetworkingCoach.Web.Components.Theme;

/// <summary>How the picked theme is kept per browser: a cookie, so the first render already has it.</summary>
public static class ThemeChoices
{
    public const string CookieName = "NetworkingCoachTheme";

    public static ThemeChoice? Parse(string? cookie) => cookie switch
    {
        "dark" or "material-dark" => ThemeChoice.Dark,
        "light" or "material" => ThemeChoice.Light,
        _ => null,
    };

    public static string ToCookie(ThemeChoice choice) => choice == ThemeChoice.Dark ? "dark" : "light";
}
