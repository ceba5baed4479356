using NetworkingCoach.Data;
using Serilog;
using Serilog.Events;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Serilog (through Serilog.AspNetCore) to the console and a daily rolling file in the data folder.</summary>
public static class LoggingSetup
{
    public static void AddNetworkingCoachLogging(this WebApplicationBuilder builder, DatabaseLocation location)
    {
        var logDirectory = Path.Combine(location.DataDirectory, "logs");
        Directory.CreateDirectory(logDirectory);

        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<SecretPathRedactor>()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(logDirectory, "networkingcoach-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}"),
            preserveStaticLogger: true); // each host (tests start several) owns its logger; none shares the static one
    }

    /// <summary>One line per request through Serilog.AspNetCore, with secret paths redacted and health probes kept quiet.</summary>
    public static WebApplication UseNetworkingCoachRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(SecretPathRedactor.Redact(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }
}
