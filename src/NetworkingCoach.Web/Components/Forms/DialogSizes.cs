using MudBlazor;

namespace NetworkingCoach.Web.Components.Forms;

/// <summary>Dialog options by screen size: full screen on a phone, a comfortable fixed width elsewhere.</summary>
public static class DialogSizes
{
    public static async Task<DialogOptions> ForAsync(IBrowserViewportService viewport, MaxWidth width = MaxWidth.Small)
    {
        var phone = await viewport.GetCurrentBreakpointAsync() == Breakpoint.Xs;
        return new DialogOptions { FullScreen = phone, FullWidth = true, MaxWidth = width, CloseButton = true, CloseOnEscapeKey = true };
    }
}
