using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NetworkingCoach.Accounts;
using NetworkingCoach.Data;

namespace NetworkingCoach.Web.Hosting.Security;

/// <summary>ASP.NET Core Identity over the app's own store: sign-in whenever the app is reachable beyond this machine (or when asked to).</summary>
public static class AccountsSetup
{
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddNetworkingCoachAccounts(this IServiceCollection services, NetworkExposure exposure)
    {
        services.AddSingleton(exposure);
        services.AddSingleton<SetupCode>();
        services.AddSingleton<IValidator<OwnerSetupInput>, OwnerSetupInputValidator>();
        services.AddSingleton<IValidator<ChangePasswordInput>, ChangePasswordInputValidator>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(AccountRules.Apply)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "NetworkingCoach.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = SignInPath;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
        });
        services.AddAuthorization(options =>
        {
            if (exposure.RequiresSignIn)
            {
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>On an exposed start with no account yet, prints a one-time setup code to the console (never to the log); warns about plain HTTP beyond loopback.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        var exposure = app.Services.GetRequiredService<NetworkExposure>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkingCoach.Security");
        if (exposure.ExposedUrls.Any(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            logger.LogWarning("Serving plain HTTP beyond this machine ({Urls}): passwords and contacts cross the network unencrypted. Put the app behind a reverse proxy with HTTPS (docs/operations.md).", string.Join(", ", exposure.ExposedUrls));
        }

        if (!exposure.RequiresSignIn || !app.Services.GetRequiredService<DatabaseStatus>().IsReady)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var code = app.Services.GetRequiredService<SetupCode>().Issue();
        logger.LogWarning("No owner account exists yet: a one-time setup code was printed to the console");
        Console.Out.WriteLine();
        Console.Out.WriteLine("  NetworkingCoach is reachable beyond this machine and has no account yet.");
        Console.Out.WriteLine($"  Open /account/setup and enter this one-time setup code: {code}");
        Console.Out.WriteLine();
        Console.Out.Flush();
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/sign-out", async ([FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPath);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
