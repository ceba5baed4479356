using System.Text;
using MudBlazor;

namespace NetworkingCoach.Web.Components.Theme;

/// <summary>
/// The dark palette as a stylesheet that applies while the system prefers dark and the page has not yet
/// switched to light. The server cannot know the system's choice, so without it the page would show the
/// light palette until it is live and then flash to dark.
/// </summary>
public static class SystemDarkPalette
{
    public static string Css { get; } = Build(AppTheme.Theme.PaletteDark);

    private static string Build(Palette dark)
    {
        var colours = new (string Name, MudBlazor.Utilities.MudColor Colour)[]
        {
            ("background", dark.Background), ("background-gray", dark.BackgroundGray), ("surface", dark.Surface),
            ("text-primary", dark.TextPrimary), ("text-secondary", dark.TextSecondary), ("text-disabled", dark.TextDisabled),
            ("action-default", dark.ActionDefault), ("primary", dark.Primary), ("primary-text", dark.PrimaryContrastText),
            ("secondary", dark.Secondary), ("success", dark.Success), ("warning", dark.Warning), ("error", dark.Error), ("info", dark.Info),
            ("appbar-background", dark.AppbarBackground), ("appbar-text", dark.AppbarText),
            ("drawer-background", dark.DrawerBackground), ("drawer-text", dark.DrawerText), ("drawer-icon", dark.DrawerIcon),
            ("lines-default", dark.LinesDefault), ("lines-inputs", dark.LinesInputs), ("divider", dark.Divider), ("table-lines", dark.TableLines),
        };
        var css = new StringBuilder("@media (prefers-color-scheme: dark) { html:not([data-theme=light]) { color-scheme: dark; ");
        foreach (var (name, colour) in colours)
        {
            css.Append("--mud-palette-").Append(name).Append(": ").Append(colour.Value).Append("; ");
        }

        return css.Append("} }").ToString();
    }
}
