using System.Net;

namespace NetworkingCoach.Web.Hosting.Security;

/// <summary>Whether the app listens beyond this machine, read from the addresses it is configured to bind, and whether it then asks for sign-in.</summary>
public sealed record NetworkExposure(bool IsExposed, bool RequiresSignIn, IReadOnlyList<string> ExposedUrls)
{
    public const string RequireSignInKey = "Security:RequireSignIn";

    public static NetworkExposure FromConfiguration(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var exposed = urls.Where(url => !IsLoopback(url)).ToList();
        if (!string.IsNullOrWhiteSpace(configuration["http_ports"]) || !string.IsNullOrWhiteSpace(configuration["https_ports"]))
        {
            exposed.Add("http_ports/https_ports (every interface)");
        }

        if (configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().Any(url => !IsLoopback(url)))
        {
            exposed.Add("Kestrel:Endpoints");
        }

        var alwaysSignIn = configuration.GetValue<bool>(RequireSignInKey);
        return new NetworkExposure(exposed.Count > 0, exposed.Count > 0 || alwaysSignIn, exposed);
    }

    /// <summary>True for localhost and loopback addresses; wildcards (*, +, 0.0.0.0, [::]) and other hosts are not.</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            return close > 0 ? rest[..(close + 1)] : rest;
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
