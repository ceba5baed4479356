using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Messages;
using NetworkingCoach.Tests.TestSupport;

namespace NetworkingCoach.Tests.Messages;

public class MessageServiceTests : IAsyncLifetime
{
    private const string JobAsk = "Do you know of any openings? Please pass on my resume.";
    private const string AdviceRequest = "Hi Sam, I'm exploring product roles and would value 20 minutes of your advice on how your team hires. I'm not asking for a job, just your perspective.";

    private TestStore _store = null!;
    private MessageService Service => _store.Get<MessageService>();

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_job_ask_to_a_dormant_contact_is_blocked_with_the_reason_and_a_better_first_step()
    {
        var dana = await Seed.DormantContactAsync(_store);

        var check = await Service.CheckAsync(new MessageInput { ContactId = dana, Subject = "Quick question", Body = JobAsk });

        Assert.True(check.IsBlocked);
        Assert.Equal(MessageIntent.JobAsk, check.Verdict.Intent);
        Assert.Equal(TieTier.Dormant, check.Verdict.Tie.Tier);
        Assert.Contains(check.Verdict.Flags, f => f.RuleId == new JobAskToWeakTieRule().Id);
        Assert.NotNull(check.Verdict.ReconnectNoteTemplate);
        Assert.NotNull(check.Verdict.AdviceRequestTemplate);
    }

    [Fact]
    public async Task The_service_refuses_to_send_copy_or_mark_as_sent_a_blocked_message_and_records_nothing()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var input = new MessageInput { ContactId = dana, Subject = "Quick question", Body = JobAsk, ChosenIntent = TouchpointIntent.KeepInTouch };

        var markError = await Assert.ThrowsAsync<MessageBlockedException>(() => Service.MarkAsSentAsync(input));
        await Assert.ThrowsAsync<MessageBlockedException>(() => Service.PrepareToSendAsync(input));

        Assert.Contains("cannot be marked as sent", markError.Message);
        await using var db = _store.NewContext();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(1, await db.Touchpoints.CountAsync());
    }

    [Fact]
    public async Task An_advice_request_to_a_strong_tie_is_allowed_and_marking_it_sent_logs_the_touchpoint()
    {
        var sam = await Seed.StrongContactAsync(_store);
        var input = new MessageInput { ContactId = sam, Subject = "Advice", Body = AdviceRequest };

        var check = await Service.CheckAsync(input);
        var prepared = await Service.PrepareToSendAsync(input);
        var messageId = await Service.MarkAsSentAsync(input);

        Assert.Equal(MessageDecision.Allowed, check.Verdict.Decision);
        Assert.Equal(MessageIntent.Advice, check.Verdict.Intent);
        Assert.StartsWith("mailto:sam%40close.example?subject=Advice&body=", prepared.MailtoUrl);
        await using var db = _store.NewContext();
        var message = await db.Messages.SingleAsync(m => m.Id == messageId);
        var touchpoint = await db.Touchpoints.SingleAsync(t => t.Id == message.SentTouchpointId);
        Assert.Equal(MessageStatus.Sent, message.Status);
        Assert.Equal(TouchpointIntent.AdviceRequest, touchpoint.Intent);
        Assert.Equal(Direction.IReachedOut, touchpoint.Direction);
        Assert.Equal(TestStore.Now.UtcDateTime, touchpoint.OccurredAt);
    }

    [Fact]
    public async Task Correcting_the_facts_changes_the_verdict_there_is_no_silent_override()
    {
        var dana = await Seed.DormantContactAsync(_store);
        var input = new MessageInput { ContactId = dana, Body = JobAsk };
        Assert.True((await Service.CheckAsync(input)).IsBlocked);

        for (var daysAgo = 60; daysAgo >= 5; daysAgo -= 11)
        {
            await Seed.TouchAsync(_store, dana, TestStore.Now.UtcDateTime.AddDays(-daysAgo), Channel.InPerson, Direction.Mutual, TouchpointIntent.OfferHelp, replied: true);
        }

        Assert.False((await Service.CheckAsync(input)).IsBlocked);
    }

    [Fact]
    public async Task A_draft_keeps_its_verdict_even_when_blocked()
    {
        var dana = await Seed.DormantContactAsync(_store);

        var id = await Service.SaveDraftAsync(new MessageInput { ContactId = dana, Subject = "Hello", Body = JobAsk });

        await using var db = _store.NewContext();
        var draft = await db.Messages.SingleAsync(m => m.Id == id);
        Assert.Equal((MessageStatus.Draft, MessageDecision.Blocked), (draft.Status, draft.Decision));
        Assert.False(string.IsNullOrWhiteSpace(draft.VerdictReasons));
    }

    [Fact]
    public async Task A_message_without_a_recipient_or_words_is_refused()
    {
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Service.CheckAsync(new MessageInput { Body = " " }));

        Assert.Equal(2, error.Errors.Count());
    }

    [Fact]
    public async Task Choosing_a_different_intent_than_the_coach_read_is_logged_once_as_a_correction()
    {
        var sam = await Seed.StrongContactAsync(_store);
        var input = new MessageInput { ContactId = sam, Subject = "Advice", Body = AdviceRequest, ChosenIntent = TouchpointIntent.KeepInTouch };

        await Service.SaveDraftAsync(input);
        await Service.SaveDraftAsync(input);
        await Service.SaveDraftAsync(new MessageInput { ContactId = sam, Subject = "Advice", Body = AdviceRequest, ChosenIntent = TouchpointIntent.AdviceRequest });

        var correction = Assert.Single(await Service.CorrectionsAsync());
        Assert.Equal(("advice", "keep_in_touch", AdviceRequest), (correction.ReadAs, correction.CorrectedTo, correction.Body));
        Assert.Equal(TestStore.Now.UtcDateTime, correction.CreatedAt);
    }
}
