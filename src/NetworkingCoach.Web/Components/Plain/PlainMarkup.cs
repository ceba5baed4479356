using System.Net;
using Microsoft.AspNetCore.Components;

namespace NetworkingCoach.Web.Components.Plain;

/// <summary>
/// The classes and icon markup MudBlazor renders for a small button and a link, for lists that repeat them on every
/// item (the week, the dashboard): a MudButton with its MudIcon is two components to create, render and dispose per
/// button on every page view, where plain elements with the same classes look and behave the same.
/// </summary>
public static class PlainMarkup
{
    /// <summary>What MudLink renders for a link in the primary colour, underlined on hover.</summary>
    public const string LinkClass = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    /// <summary>What MudButton renders for <c>Size.Small</c>; <paramref name="variant"/> "outlined" or "text", <paramref name="color"/> "default", "success"...</summary>
    public static string SmallButtonClass(string variant, string color, string? extra = null) =>
        $"mud-button-root mud-button mud-button-{variant} mud-button-{variant}-{color} mud-button-{variant}-size-small mud-ripple{(extra is null ? "" : " " + extra)}";

    /// <summary>What MudButton renders inside a small button with a start icon: the icon, then the text.</summary>
    public static MarkupString SmallButtonLabel(string icon, string text) =>
        new($"""<span class="mud-button-label"><span class="mud-button-icon-start mud-button-icon-size-small">{SmallIcon(icon)}</span>{WebUtility.HtmlEncode(text)}</span>""");

    /// <summary>What MudIcon renders for a small icon (the start icon of a small button), from one of MudBlazor's <c>Icons</c>.</summary>
    public static MarkupString SmallIcon(string icon) => Icon(icon, "mud-icon-root mud-svg-icon mud-icon-size-small");

    /// <summary>What MudIcon renders for one of MudBlazor's <c>Icons</c> with the classes it gives the icon.</summary>
    public static MarkupString Icon(string icon, string classes) =>
        new($"""<svg class="{classes}" focusable="false" viewBox="0 0 24 24" aria-hidden="true" role="img">{icon}</svg>""");
}
