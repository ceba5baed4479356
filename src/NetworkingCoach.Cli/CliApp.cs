using NetworkingCoach.Cli.Commands;

namespace NetworkingCoach.Cli;

/// <summary>Dispatches a command line to its command; returns the process exit code.</summary>
public static class CliApp
{
    private static readonly IReadOnlyList<ICliCommand> s_commands =
    [
        new DemoCommand(),
        new ClassifyCommand(),
        new CheckCommand(),
        new LogCommand(),
        new FlagsCommand(),
        new ImportCommand(),
        new ExportCommand(),
        new UndoImportCommand(),
        new BuildIntentCorpusCommand(),
        new TrainIntentModelCommand(),
        new EvaluateIntentModelCommand(),
        new BackupCommand(),
        new RestoreCommand(),
        new ExportAllCommand(),
        new ImportAllCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            WriteHelp(output);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = s_commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"Unknown command '{args[0]}'. Run with --help to see the commands.");
            return ExitCodes.Usage;
        }

        CliArguments arguments;
        try
        {
            arguments = CliArguments.Parse(args.Skip(1), command.Flags);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"Usage: {command.Usage}");
            return ExitCodes.Usage;
        }

        if (arguments.Has("help"))
        {
            output.WriteLine($"{command.Name}: {command.Summary}");
            output.WriteLine($"Usage: {command.Usage}");
            return ExitCodes.Ok;
        }

        try
        {
            return await command.RunAsync(arguments, new CliConsole(output, error, input ?? TextReader.Null));
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"Usage: {command.Usage}");
            return ExitCodes.Usage;
        }
        catch (NetworkingCoach.Data.DatabaseUnavailableException ex) when (ex.InnerException is not null && StoreFailure.TryDescribe(ex.InnerException, out var exitCode, out var message))
        {
            error.WriteLine(message);
            return exitCode;
        }
        catch (NetworkingCoach.Data.DatabaseUnavailableException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (StoreFailure.TryDescribe(ex, out var exitCode, out var message))
        {
            error.WriteLine(message);
            return exitCode;
        }
    }

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("NetworkingCoach command line: the app's services from a terminal.");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var command in s_commands)
        {
            output.WriteLine($"  {command.Name,-20} {command.Summary}");
            output.WriteLine($"  {"",-20} usage: {command.Usage}");
        }

        output.WriteLine();
        output.WriteLine("Run 'COMMAND --help' for one command.");
        output.WriteLine("Exit codes: 0 success, 1 failure, 2 wrong usage, 3 message blocked (check), 4 database busy, 5 disk full, 6 file or folder not writable.");
    }
}
