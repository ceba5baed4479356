using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Importing;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Undoes one import batch, unless its contacts were changed since.</summary>
public sealed class UndoImportCommand : ICliCommand
{
    public string Name => "undo-import";
    public string Summary => "Undo an import batch: remove the contacts it created and restore those it merged into.";
    public string Usage => "undo-import BATCH_ID --db PATH";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        if (arguments.Positionals.Count != 1 || !int.TryParse(arguments.Positionals[0], out var batchId) || batchId < 1)
        {
            throw new CliUsageException("Give the number of the batch to undo (the import command prints it).");
        }

        await using var services = await CliServices.OpenAsync(arguments.Require("db"), console.Error);
        try
        {
            await services.GetRequiredService<ImportService>().UndoAsync(batchId);
        }
        catch (ImportUndoException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }

        console.Output.WriteLine($"Import batch {batchId} was undone.");
        return ExitCodes.Ok;
    }
}
