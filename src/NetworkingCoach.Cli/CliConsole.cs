namespace NetworkingCoach.Cli;

/// <summary>Where a command writes its results and problems, and reads its input.</summary>
public sealed record CliConsole(TextWriter Output, TextWriter Error, TextReader Input);
