using Microsoft.AspNetCore.DataProtection;
using NetworkingCoach.Data;
using NetworkingCoach.Reminders;
using NetworkingCoach.Web.Features.Contacts;
using NetworkingCoach.Web.Hosting.Security;
using MudBlazor;
using MudBlazor.Services;

namespace NetworkingCoach.Web.Hosting;

/// <summary>The web app's composition root (the core's features, accounts and the web shell), middleware and endpoints, so Program.cs stays short.</summary>
public static class WebSetup
{
    public static IServiceCollection AddNetworkingCoach(this IServiceCollection services, DatabaseLocation location, NetworkExposure exposure)
    {
        services.AddNetworkingCoachCore(location);
        services.AddNetworkingCoachAccounts(exposure);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(location.DataDirectory, "keys")));
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 256 * 1024); // upload chunks; the file limit itself is ImportService.MaxFileBytes
        services.AddMudServices(options =>
        {
            // One notice at a time, over the app bar: it never hides the page's own figures or buttons.
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 1;
            options.SnackbarConfiguration.NewestOnTop = true;
            options.SnackbarConfiguration.PreventDuplicates = true;
            options.SnackbarConfiguration.ShowCloseIcon = true;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
            options.SnackbarConfiguration.SnackbarVariant = MudBlazor.Variant.Filled;
        });
        services.AddScoped<Features.Touchpoints.TouchpointDialogs>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitLoggingHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<CoachSnapshotWarmer>();
        services.AddSingleton<Features.Importing.UploadFolder>();
        services.AddHostedService<Features.Importing.UploadSweeper>();
        services.AddHostedService<DailyBackupRunner>();
        return services;
    }

    public static WebApplication UseNetworkingCoachPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseNetworkingCoachRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // A mistyped address gets the friendly page (with a 404 status), not an empty response.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapNetworkingCoachEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapContactExport();
        NetworkingCoach.Web.Features.Backups.BackupEndpoints.MapBackupDownloads(app);
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeedService feed, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!await feed.IsValidAsync(token, cancellationToken))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(await feed.BuildAsync(cancellationToken), "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription(); // the feed's own secret token guards it
        return app;
    }
}
