namespace NetworkingCoach.Cli;

/// <summary>The command line is wrong; the message says how.</summary>
public class CliUsageException(string message) : Exception(message);
