namespace NetworkingCoach.Web.Features.Accounts;

/// <summary>The sign-in form.</summary>
public sealed class SignInInput
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}
