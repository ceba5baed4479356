using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Writes /healthz as a small JSON document: the status and, when not healthy, why in a word. No paths, counts or errors.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var reason = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description).FirstOrDefault();
        var body = reason is null
            ? JsonSerializer.Serialize(new { status = report.Status.ToString() })
            : JsonSerializer.Serialize(new { status = report.Status.ToString(), reason });
        return context.Response.WriteAsync(body);
    }
}
