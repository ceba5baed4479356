using Bunit;
using NetworkingCoach.Coaching;
using NetworkingCoach.Web.Components.Coaching;

namespace NetworkingCoach.Web.Tests.Components;

public class FlagListTests
{
    private static CoachingFlag Flag(FlagSeverity severity, string message, DateOnly? nextAllowedOn = null) => new()
    {
        RuleId = "persistence-guard",
        Severity = severity,
        Message = message,
        SuggestedNextStep = "Wait for a reply",
        ContactId = 4,
        NextAllowedOn = nextAllowedOn,
    };

    [Fact]
    public async Task With_nothing_to_flag_it_says_so_in_the_pages_words()
    {
        await using var context = ComponentContext.Create();

        var list = context.Render<FlagList>(p => p.Add(x => x.Flags, []).Add(x => x.EmptyText, "Nothing to worry about with Sam."));

        Assert.Contains("Nothing to worry about with Sam.", list.Markup);
        Assert.Empty(list.FindAll("li"));
    }

    [Fact]
    public async Task Each_flag_shows_its_message_its_next_step_and_when_it_is_fine_again()
    {
        await using var context = ComponentContext.Create();

        var list = context.Render<FlagList>(p => p.Add(x => x.Flags,
        [
            Flag(FlagSeverity.Block, "Two messages to Sam are still unanswered.", new DateOnly(2027, 1, 3)),
            Flag(FlagSeverity.Warning, "It has been a while since you spoke to Sam."),
        ]));

        var items = list.FindAll("li.flag");
        Assert.Equal(2, items.Count);
        Assert.Contains("flag-block", items[0].ClassName);
        Assert.Contains("flag-warning", items[1].ClassName);
        Assert.Contains("Two messages to Sam are still unanswered.", items[0].QuerySelector(".flag-message")!.TextContent);
        Assert.Equal("Next step: Wait for a reply (fine again from 3 Jan 2027)", items[0].QuerySelector(".flag-next")!.TextContent);
        Assert.Equal("Next step: Wait for a reply", items[1].QuerySelector(".flag-next")!.TextContent);
    }
}
