using Bunit;
using NetworkingCoach.Web.Features.Messages;

namespace NetworkingCoach.Web.Tests.Components;

public class VerdictPanelTests
{
    [Fact]
    public async Task Before_a_check_it_asks_for_a_recipient_and_a_message()
    {
        await using var context = ComponentContext.Create();

        var panel = context.Render<VerdictPanel>();

        Assert.Contains("Choose who it is for and start writing", panel.Markup);
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public async Task A_blocked_job_ask_says_so_and_highlights_the_phrases_the_coach_read()
    {
        await using var context = ComponentContext.Create();

        var panel = RenderBlockedJobAsk(context);

        Assert.Equal("Blocked — this message can't go out yet", panel.Find("h2").TextContent.Trim());
        Assert.Contains("verdict-blocked", panel.Find(".verdict").ClassName);
        var marks = panel.FindAll("mark.cue").Select(m => m.TextContent).ToList();
        Assert.Equal(["any openings", "pass on my resume"], marks);
        Assert.Equal(Verdicts.JobAskBody, panel.Find(".cue-preview").TextContent);
    }

    [Fact]
    public async Task A_reason_already_shown_as_a_flag_is_not_repeated()
    {
        await using var context = ComponentContext.Create();

        var panel = RenderBlockedJobAsk(context);

        Assert.Equal(1, panel.Markup.Split("A job ask to Dana is blocked").Length - 1);
        var reason = Assert.Single(panel.FindAll("ul.reasons li"));
        Assert.Contains("as a job ask", reason.TextContent);
    }

    [Fact]
    public async Task Choosing_a_suggested_message_hands_its_text_to_the_page()
    {
        await using var context = ComponentContext.Create();
        string? chosen = null;

        var panel = RenderBlockedJobAsk(context, text => chosen = text);
        panel.FindAll("button").Single(b => b.TextContent.Contains("Use the advice request")).Click();

        panel.WaitForAssertion(() => Assert.Equal("Hi Dana, could I ask your advice? I'm not asking for a job.", chosen));
    }

    [Fact]
    public async Task An_allowed_message_offers_no_templates()
    {
        await using var context = ComponentContext.Create();

        var panel = context.Render<VerdictPanel>(p => p.Add(x => x.Check, Verdicts.AllowedAdviceToSam()).Add(x => x.Body, "Could I ask your advice?"));

        Assert.Equal("Allowed — good to send", panel.Find("h2").TextContent.Trim());
        Assert.Empty(panel.FindAll("button"));
        Assert.Empty(panel.FindAll("mark"));
    }

    private static IRenderedComponent<VerdictPanel> RenderBlockedJobAsk(BunitContext context, Action<string>? onUseTemplate = null) =>
        context.Render<VerdictPanel>(p => p
            .Add(x => x.Check, Verdicts.BlockedJobAskToDana())
            .Add(x => x.Body, Verdicts.JobAskBody)
            .Add(x => x.OnUseTemplate, onUseTemplate ?? (_ => { })));
}
