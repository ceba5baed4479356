namespace NetworkingCoach.Cli;

/// <summary>The process exit codes the CLI uses (listed by --help and in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Blocked = 3;
    public const int Busy = 4;
    public const int DiskFull = 5;
    public const int CannotWrite = 6;
}
