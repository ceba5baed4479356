using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Writes /healthz as a small JSON document a person can read.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
