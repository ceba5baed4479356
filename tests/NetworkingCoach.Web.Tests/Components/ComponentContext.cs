using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>A bUnit context that renders MudBlazor components the way the app does.</summary>
public static class ComponentContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }
}
