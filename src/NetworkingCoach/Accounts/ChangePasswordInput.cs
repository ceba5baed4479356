namespace NetworkingCoach.Accounts;

/// <summary>The change-password form.</summary>
public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
