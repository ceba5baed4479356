using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Prints every current coaching flag.</summary>
public sealed class FlagsCommand : ICliCommand
{
    public string Name => "flags";
    public string Summary => "Print every current coaching flag across your active contacts, one JSON object per line.";
    public string Usage => "flags --db PATH";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        await using var services = await CliServices.OpenAsync(arguments.Require("db"), console.Error);
        var snapshot = await services.GetRequiredService<CoachService>().GetSnapshotAsync();
        foreach (var assessment in snapshot.Assessments.Values.OrderBy(a => a.ContactId))
        {
            foreach (var flag in assessment.Flags)
            {
                console.Output.WriteLine(CliJson.Serialize(new
                {
                    contact_id = assessment.ContactId,
                    tier = assessment.Tie.TierWord,
                    score = assessment.Tie.Score,
                    rule = FlagJson.From(flag),
                }));
            }
        }

        return ExitCodes.Ok;
    }
}
