using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Messages;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Checks a message to one contact, as the Messages page does.</summary>
public sealed class CheckCommand : ICliCommand
{
    public string Name => "check";
    public string Summary => "Judge a message to a contact against your history with them; prints the verdict as JSON. Exit code 3 when blocked.";
    public string Usage => "check --db PATH --contact EMAIL_OR_ID --text TEXT [--subject TEXT] [--intent job_ask|advice|keep_in_touch|thank_you|offer_help|introduction]";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        var path = arguments.Require("db");
        var who = arguments.Require("contact");
        var text = arguments.Require("text");
        TouchpointIntent? chosen = null;
        if (arguments.Get("intent") is { } code)
        {
            chosen = MessageIntentCodes.TryParse(code, out var intent) ? intent.ToTouchpointIntent() : throw new CliUsageException($"Unknown intent '{code}'.");
        }

        await using var services = await CliServices.OpenAsync(path, console.Error);
        var contactId = await CliContacts.FindAsync(services, who);
        if (contactId is null)
        {
            console.Error.WriteLine($"No contact with id or email '{who}'.");
            return ExitCodes.Failed;
        }

        var check = await services.GetRequiredService<MessageService>().CheckAsync(new MessageInput { ContactId = contactId, Subject = arguments.Get("subject") ?? "", Body = text, ChosenIntent = chosen });
        var verdict = check.Verdict;
        console.Output.WriteLine(CliJson.Serialize(new
        {
            decision = verdict.Decision.ToString().ToLowerInvariant(),
            intent = verdict.Intent.ToCode(),
            judged_as = verdict.JudgedAs.ToCode(),
            cues = verdict.Cues.Where(c => !c.Discounted).Select(c => c.Phrase).ToArray(),
            contact = new { id = check.ContactId, name = check.ContactName },
            tie = new { tier = verdict.Tie.TierWord, score = verdict.Tie.Score, reasons = verdict.Tie.Reasons },
            rules = verdict.Flags.Select(FlagJson.From).ToArray(),
            reasons = verdict.Reasons,
            suggested_first_step = verdict.SuggestedFirstStep,
        }));
        return check.IsBlocked ? ExitCodes.Blocked : ExitCodes.Ok;
    }
}
