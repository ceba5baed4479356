using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>Renders a component as a page's first, static HTML and as the live page, to compare what the browser shows.</summary>
public static partial class RenderedMarkup
{
    /// <summary>A context for the page's first HTML, rendered before the circuit is up.</summary>
    public static BunitContext Static()
    {
        var context = ComponentContext.Create();
        context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        return context;
    }

    /// <summary>A context for the live page, once the circuit is up.</summary>
    public static BunitContext Live()
    {
        var context = ComponentContext.Create();
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }

    /// <summary>
    /// The markup as the browser shows it: element ids are generated per render, handlers are not markup, and a component's
    /// CSS scope attribute (b-...) matters only to its own styles.
    /// </summary>
    public static string Shown(string html) => IdsHandlersAndScopes().Replace(html, "");

    [GeneratedRegex("""\s(id|blazor:[\w:]+|b-[a-z0-9]{10})(="[^"]*")?""")]
    private static partial Regex IdsHandlersAndScopes();
}
