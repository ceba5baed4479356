using Serilog.Core;
using Serilog.Events;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Keeps the calendar feed's token out of every log event, whichever logger captured the request path.</summary>
public sealed class SecretPathRedactor : ILogEventEnricher
{
    private static readonly string[] s_pathProperties = ["RequestPath", "Path", "Url", "RequestUrl"];

    public const string HiddenFeedPath = "/calendar/(token hidden).ics";

    public static string Redact(string? path) =>
        path is not null && path.StartsWith("/calendar/", StringComparison.OrdinalIgnoreCase) ? HiddenFeedPath : path ?? "";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in s_pathProperties)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string path })
            {
                var redacted = Redact(path);
                if (!ReferenceEquals(redacted, path))
                {
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
                }
            }
        }
    }
}
