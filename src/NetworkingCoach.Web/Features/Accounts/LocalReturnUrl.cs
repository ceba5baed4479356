namespace NetworkingCoach.Web.Features.Accounts;

/// <summary>Where to go after signing in: only a path on this site, never another host.</summary>
public static class LocalReturnUrl
{
    public static string Or(string? returnUrl, string fallback = "/") =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Contains("://", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
}
