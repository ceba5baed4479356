namespace NetworkingCoach.Cli;

/// <summary>The process exit codes the CLI uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
