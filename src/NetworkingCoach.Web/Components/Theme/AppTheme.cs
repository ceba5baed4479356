using MudBlazor;

namespace NetworkingCoach.Web.Components.Theme;

/// <summary>
/// The app's light and dark palettes. Every text colour is chosen to reach WCAG AA (4.5:1) on the
/// background and surface it is drawn on, including the status colours used as text.
/// </summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3346a8",
            PrimaryContrastText = "#ffffff",
            Secondary = "#00695c",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#6a3d9a",
            Info = "#01579b",
            Success = "#2e6b30",
            Warning = "#8f4a00",
            Error = "#b3261e",
            Dark = "#37383f",
            TextPrimary = "#1c1d22",
            TextSecondary = "#555862",
            TextDisabled = "#6e717a",
            ActionDefault = "#4a4d57",
            Background = "#f6f7fa",
            BackgroundGray = "#eceef3",
            Surface = "#ffffff",
            AppbarBackground = "#3346a8",
            AppbarText = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1c1d22",
            DrawerIcon = "#4a4d57",
            LinesDefault = "#d9dbe2",
            TableLines = "#e3e5eb",
            Divider = "#d9dbe2",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#aab4ff",
            PrimaryContrastText = "#10131f",
            Secondary = "#7fd1c4",
            SecondaryContrastText = "#0c1a18",
            Tertiary = "#d0b3f0",
            Info = "#8fd0ff",
            InfoContrastText = "#0b1620",
            Success = "#8fd694",
            SuccessContrastText = "#0c1a0d",
            Warning = "#ffc27a",
            WarningContrastText = "#1f1300",
            Error = "#ffaaa3",
            ErrorContrastText = "#2a0906",
            Dark = "#2a2c34",
            TextPrimary = "#ebecf2",
            TextSecondary = "#b9bcc8",
            TextDisabled = "#8d909c",
            ActionDefault = "#c3c6d1",
            ActionDisabled = "#8d909c",
            Background = "#121319",
            BackgroundGray = "#1b1c24",
            Surface = "#1e1f27",
            AppbarBackground = "#1b1c24",
            AppbarText = "#ebecf2",
            DrawerBackground = "#181920",
            DrawerText = "#ebecf2",
            DrawerIcon = "#c3c6d1",
            LinesDefault = "#3a3c47",
            LinesInputs = "#8d909c",
            TableLines = "#30323c",
            Divider = "#3a3c47",
        },
        LayoutProperties = new LayoutProperties
        {
            DrawerWidthLeft = "232px",
        },
    };
}
