using System.Diagnostics;

namespace NetworkingCoach.Web.Hosting;

/// <summary>Logs one line per HTTP request: method, path, status and elapsed time; failures with the exception.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "HTTP {Method} {Path} failed after {Elapsed:0.0} ms", context.Request.Method, LoggedPath(context.Request.Path), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
        logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms", context.Request.Method, LoggedPath(context.Request.Path), context.Response.StatusCode, elapsed);
    }

    /// <summary>The path as logged: the calendar feed's token is a secret and stays out of log files.</summary>
    public static string LoggedPath(PathString path) =>
        path.StartsWithSegments("/calendar", StringComparison.OrdinalIgnoreCase) ? "/calendar/(token hidden).ics" : path.ToString();
}
