using NetworkingCoach.Data;
using Serilog;
using Serilog.Events;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Serilog to the console and a daily rolling file in the data folder, behind Microsoft.Extensions.Logging.</summary>
public static class LoggingSetup
{
    public static DatabaseLocation AddNetworkingCoachLogging(this WebApplicationBuilder builder)
    {
        var location = DataLocationResolver.Resolve(builder.Configuration);
        var logDirectory = Path.Combine(location.DataDirectory, "logs");
        Directory.CreateDirectory(logDirectory);

        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(logDirectory, "networkingcoach-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return location;
    }
}
