using Microsoft.AspNetCore.DataProtection;
using NetworkingCoach.Data;
using NetworkingCoach.Reminders;
using NetworkingCoach.Web.Features.Contacts;
using Radzen;

namespace NetworkingCoach.Web.Hosting;

/// <summary>The web app's services, middleware and endpoints, so Program.cs stays short.</summary>
public static class WebSetup
{
    public const string ThemeCookie = "NetworkingCoachTheme";

    public static IServiceCollection AddNetworkingCoachWeb(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddNetworkingCoachData(location);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(location.DataDirectory, "keys")));
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 256 * 1024); // upload chunks; the file limit itself is ImportService.MaxFileBytes
        services.AddRadzenComponents();
        services.AddRadzenCookieThemeService(options =>
        {
            options.Name = ThemeCookie;
            options.Duration = TimeSpan.FromDays(365);
        });
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitLoggingHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<CoachSnapshotWarmer>();
        services.AddHostedService<DailyBackupRunner>();
        return services;
    }

    public static WebApplication UseNetworkingCoachPipeline(this WebApplication app)
    {
        app.UseNetworkingCoachRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapNetworkingCoachEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapContactExport();
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeedService feed, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!await feed.IsValidAsync(token, cancellationToken))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(await feed.BuildAsync(cancellationToken), "text/calendar; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
