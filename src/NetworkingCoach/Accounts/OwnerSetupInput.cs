namespace NetworkingCoach.Accounts;

/// <summary>What the first person types to create the owner account.</summary>
public sealed class OwnerSetupInput
{
    public string SetupCode { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}
