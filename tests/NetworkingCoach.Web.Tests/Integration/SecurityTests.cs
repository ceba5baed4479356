using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Accounts;
using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.Integration;

public partial class SecurityTests
{
    private static readonly string[] s_protectedRoutes =
    [
        "/", "/contacts", "/contacts/new", "/week", "/messages", "/settings", "/import", "/referrals", "/companies",
        "/export/contacts.csv", "/export/contacts.vcf", "/account/password",
    ];

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("192.168.1.20")]
    [InlineData("localhost.attacker.example")]
    public async Task A_request_naming_a_foreign_host_is_refused(string host)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/contacts.csv");
        request.Headers.Host = host;
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task Loopback_host_names_are_served(string host)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_host_name_the_user_configures_is_served()
    {
        using var factory = new AppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "localhost;127.0.0.1;[::1];coach.example.org" });
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "coach.example.org";

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/app.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task On_loopback_the_app_opens_without_sign_in()
    {
        using var factory = new AppFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contacts")).StatusCode);
        Assert.False(factory.Services.GetRequiredService<SetupCode>().IsIssued);
    }

    [Fact]
    public async Task When_exposed_every_page_export_and_download_needs_sign_in()
    {
        using var factory = AppFactory.Exposed();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var route in s_protectedRoutes)
        {
            var response = await client.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} answered {response.StatusCode}");
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        }

        Assert.NotEqual(HttpStatusCode.OK, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
        var token = await factory.Services.GetRequiredService<NetworkingCoach.Reminders.CalendarFeedService>().GetOrCreateTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/calendar/{token}.ics")).StatusCode);
    }

    [Fact]
    public async Task The_first_exposed_start_issues_a_setup_code_that_creates_the_owner_once()
    {
        using var factory = AppFactory.Exposed();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var code = factory.Services.GetRequiredService<SetupCode>();
        Assert.True(code.IsIssued);

        var wrong = await PostFormAsync(client, "/account/setup", "setup", new()
        {
            ["Input.SetupCode"] = "AAAA-BBBB-CCCC", ["Input.UserName"] = "owner",
            ["Input.Password"] = "correct horse battery", ["Input.ConfirmPassword"] = "correct horse battery",
        });
        Assert.Contains("not the one printed in the console", await wrong.Content.ReadAsStringAsync());
        Assert.Empty(factory.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users);

        var issued = ReissueCode(factory);
        var created = await PostFormAsync(client, "/account/setup", "setup", new()
        {
            ["Input.SetupCode"] = issued.ToLowerInvariant(), ["Input.UserName"] = "owner",
            ["Input.Password"] = "correct horse battery", ["Input.ConfirmPassword"] = "correct horse battery",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.False(code.IsIssued);
        var cookie = Assert.Single(created.Headers.GetValues("Set-Cookie"), c => c.StartsWith("NetworkingCoach.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contacts")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var factory = AppFactory.Exposed();
        await CreateOwnerAsync(factory, "owner", "correct horse battery");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var attempt = 1; attempt < AccountRules.FailuresBeforeLockout; attempt++)
        {
            var failed = await SignInAsync(client, "owner", "wrong password " + attempt);
            Assert.Contains("do not match", await failed.Content.ReadAsStringAsync());
        }

        var fifth = await SignInAsync(client, "owner", "still the wrong one");
        Assert.Contains("locked", await fifth.Content.ReadAsStringAsync());
        var right = await SignInAsync(client, "owner", "correct horse battery");
        Assert.NotEqual(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_and_out_and_changing_the_password()
    {
        using var factory = AppFactory.Exposed();
        await CreateOwnerAsync(factory, "owner", "correct horse battery");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signedIn = await SignInAsync(client, "owner", "correct horse battery");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/week")).StatusCode);

        var changed = await PostFormAsync(client, "/account/password", "change-password", new()
        {
            ["Input.CurrentPassword"] = "correct horse battery", ["Input.NewPassword"] = "a new and longer passphrase", ["Input.ConfirmPassword"] = "a new and longer passphrase",
        });
        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync());

        var home = await client.GetStringAsync("/account/password");
        var signedOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(home) }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/week")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(client, "owner", "correct horse battery")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "owner", "a new and longer passphrase")).StatusCode);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("//attacker.example/")]
    [InlineData("/\\attacker.example")]
    public async Task Sign_in_never_sends_the_user_to_another_site(string returnUrl)
    {
        using var factory = AppFactory.Exposed();
        await CreateOwnerAsync(factory, "owner", "correct horse battery");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignInAsync(client, "owner", "correct horse battery", "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal(client.BaseAddress!.Host, target.Host);
        Assert.Equal("/", target.AbsolutePath);
    }

    private static string ReissueCode(AppFactory factory) => factory.Services.GetRequiredService<SetupCode>().Issue();

    private static async Task CreateOwnerAsync(AppFactory factory, string userName, string password)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var result = await users.CreateAsync(new IdentityUser(userName), password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        factory.Services.GetRequiredService<SetupCode>().Retire();
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string query = "") =>
        PostFormAsync(client, "/account/sign-in" + query, "sign-in", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        fields["_handler"] = formName;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static string AntiforgeryToken(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
