using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;
using NetworkingCoach.Touchpoints;

namespace NetworkingCoach.Cli.Commands;

/// <summary>Logs one touchpoint through the same service and validation as the app's touchpoint form.</summary>
public sealed class LogCommand : ICliCommand
{
    public string Name => "log";
    public string Summary => "Log a touchpoint with a contact; prints it and the tie as it now stands, as JSON.";
    public string Usage =>
        $"log --db PATH --contact EMAIL_OR_ID --on YYYY-MM-DD --channel {string.Join('|', TouchpointCodes.ChannelCodes)} "
        + $"--direction {string.Join('|', TouchpointCodes.DirectionCodes)} --intent {string.Join('|', TouchpointCodes.IntentCodes)} "
        + "[--replied] [--summary TEXT] [--purpose TEXT (a meeting's purpose)]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "replied" };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console)
    {
        // Everything typed is checked before the database is opened, so a wrong command line writes nothing.
        var path = arguments.Require("db");
        var who = arguments.Require("contact");
        var on = DateOnly.TryParseExact(arguments.Require("on"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliUsageException($"--on '{arguments.Get("on")}' is not a date written YYYY-MM-DD.");
        var channel = Code<Channel>(arguments, "channel", TouchpointCodes.TryParseChannel, TouchpointCodes.ChannelCodes);
        var direction = Code<Direction>(arguments, "direction", TouchpointCodes.TryParseDirection, TouchpointCodes.DirectionCodes);
        var intent = Code<TouchpointIntent>(arguments, "intent", TouchpointCodes.TryParseIntent, TouchpointCodes.IntentCodes);

        await using var services = await CliServices.OpenAsync(path, console.Error);
        if (await CliContacts.FindAsync(services, who) is not { } contactId)
        {
            console.Error.WriteLine($"No contact with id or email '{who}'. Nothing was logged.");
            return ExitCodes.Failed;
        }

        var input = new TouchpointInput
        {
            ContactId = contactId,

            // Midday, so the day stays the same in any time zone the date is read in.
            OccurredAt = on.ToDateTime(new TimeOnly(12, 0)),
            Channel = channel,
            Direction = direction,
            Intent = intent,
            Replied = arguments.Has("replied"),
            Summary = arguments.Get("summary"),
            MeetingPurpose = arguments.Get("purpose"),
        };

        TouchpointSaveResult saved;
        try
        {
            saved = await services.GetRequiredService<TouchpointService>().LogAsync(input);
        }
        catch (ValidationException ex)
        {
            foreach (var message in ex.Errors.Select(e => e.ErrorMessage).Distinct())
            {
                console.Error.WriteLine(message);
            }

            console.Error.WriteLine("Nothing was logged.");
            return ExitCodes.Usage;
        }

        var assessment = await services.GetRequiredService<CoachService>().AssessAsync(contactId);
        var tie = assessment?.Tie;
        console.Output.WriteLine(CliJson.Serialize(new
        {
            touchpoint = new
            {
                id = saved.TouchpointId,
                contact_id = contactId,
                on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                channel = channel.ToCode(),
                direction = direction.ToCode(),
                intent = intent.ToCode(),
                replied = input.Replied,
                summary = input.Summary,
            },
            tie = tie is null ? null : new { tier = tie.TierWord, score = tie.Score, reasons = tie.Reasons },
        }));
        return ExitCodes.Ok;
    }

    private delegate bool TryParse<T>(string? code, out T value);

    private static T Code<T>(CliArguments arguments, string name, TryParse<T> parse, IEnumerable<string> allowed) =>
        parse(arguments.Require(name), out var value)
            ? value
            : throw new CliUsageException($"--{name} '{arguments.Get(name)}' is not one of {string.Join(", ", allowed)}.");
}
