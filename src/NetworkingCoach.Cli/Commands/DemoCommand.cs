using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Demo;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Seeds the demo network into an empty database.</summary>
public sealed class DemoCommand : ICliCommand
{
    public string Name => "demo";
    public string Summary => "Fill an empty database with a realistic demo network of invented people.";
    public string Usage => "demo --db PATH [--contacts N]";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var path = arguments.Require("db");
        var count = DemoDataService.DefaultContactCount;
        if (arguments.Get("contacts") is { } text && (!int.TryParse(text, out count) || count is < 1 or > 100_000))
        {
            throw new CliUsageException("--contacts must be a whole number from 1 to 100000.");
        }

        await using var services = await CliServices.OpenAsync(path, console.Error);
        try
        {
            var result = await services.GetRequiredService<DemoDataService>().SeedAsync(count);
            console.Output.WriteLine($"Added {result.Contacts} contacts, {result.Touchpoints} touchpoints and {result.Referrals} introductions to {Path.GetFullPath(path)}.");
            return ExitCodes.Ok;
        }
        catch (InvalidOperationException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }
}
