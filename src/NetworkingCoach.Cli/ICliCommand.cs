namespace NetworkingCoach.Cli;

/// <summary>One CLI command.</summary>
public interface ICliCommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }

    /// <summary>Options that take no value.</summary>
    IReadOnlySet<string> Flags => new HashSet<string>();

    Task<int> RunAsync(CliArguments arguments, CliConsole console);
}
