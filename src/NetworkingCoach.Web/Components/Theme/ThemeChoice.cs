namespace NetworkingCoach.Web.Components.Theme;

/// <summary>A theme the user picked; none means the app follows the system's preference.</summary>
public enum ThemeChoice
{
    Light,
    Dark,
}
