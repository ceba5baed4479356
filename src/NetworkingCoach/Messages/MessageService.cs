using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Coaching;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;
using NetworkingCoach.Relationships;

namespace NetworkingCoach.Messages;

/// <summary>
/// Checks drafts against the relationship and is the gate every outgoing message passes: a blocked
/// message is refused here, whatever the page shows.
/// </summary>
public sealed class MessageService(
    IDbContextFactory<AppDbContext> factory,
    CoachService coach,
    IntentClassifier classifier,
    TimeProvider clock,
    ILogger<MessageService> logger)
{
    private readonly MessageInputValidator _validator = new();

    /// <summary>Classifies the draft and judges it against the contact's history, as of now.</summary>
    public async Task<MessageCheck> CheckAsync(MessageInput input, CancellationToken cancellationToken = default)
    {
        await _validator.ValidateAndThrowAsync(input, cancellationToken);
        var contactId = input.ContactId!.Value;
        var history = await coach.ReadHistoryAsync(contactId, cancellationToken) ?? throw new ContactNotFoundException(contactId);
        var settings = await coach.LoadSettingsAsync(cancellationToken);
        var verdict = new MessageChecker(classifier, settings, coach.WallClock()).Check(new MessageDraft(input.Subject, input.Body, input.ChosenIntent), history);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var email = await db.ContactEmails.Where(e => e.ContactId == contactId).OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefaultAsync(cancellationToken);
        return new MessageCheck(contactId, history.Name, email, verdict);
    }

    /// <summary>Returns the mailto link and text to copy, or refuses a blocked message.</summary>
    public async Task<PreparedMessage> PrepareToSendAsync(MessageInput input, CancellationToken cancellationToken = default)
    {
        var check = await RefuseIfBlockedAsync(input, "opened in your mail app or copied", cancellationToken);
        var mailto = $"mailto:{Uri.EscapeDataString(check.Email ?? "")}?subject={Uri.EscapeDataString(input.Subject.Trim())}&body={Uri.EscapeDataString(input.Body.Trim())}";
        var text = string.IsNullOrWhiteSpace(input.Subject) ? input.Body.Trim() : $"{input.Subject.Trim()}\n\n{input.Body.Trim()}";
        return new PreparedMessage(mailto, text, check);
    }

    /// <summary>Records the message as sent and logs the touchpoint; refuses a blocked message.</summary>
    public async Task<int> MarkAsSentAsync(MessageInput input, Channel channel = Channel.Email, CancellationToken cancellationToken = default)
    {
        var check = await RefuseIfBlockedAsync(input, "marked as sent", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var intent = check.Verdict.JudgedAs.ToTouchpointIntent();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var touchpoint = new Touchpoint
        {
            ContactId = check.ContactId,
            OccurredAt = now,
            Channel = channel,
            Direction = Direction.IReachedOut,
            Intent = intent,
            Summary = Truncate(string.IsNullOrWhiteSpace(input.Subject) ? input.Body.Trim() : input.Subject.Trim(), FieldLimits.Summary),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Touchpoints.Add(touchpoint);
        await db.SaveChangesAsync(cancellationToken);
        var message = NewMessage(input, check, now);
        message.Status = MessageStatus.Sent;
        message.SentAt = now;
        message.SentTouchpointId = touchpoint.Id;
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Message {MessageId} to contact {ContactId} marked as sent ({Decision})", message.Id, check.ContactId, check.Verdict.Decision);
        return message.Id;
    }

    /// <summary>Keeps a draft with its current verdict, blocked or not, so the user can come back to it.</summary>
    public async Task<int> SaveDraftAsync(MessageInput input, int? draftId = null, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(input, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await LogCorrectionAsync(db, input, check.Verdict, now, cancellationToken);
        var message = draftId is null ? null : await db.Messages.FirstOrDefaultAsync(m => m.Id == draftId && m.Status == MessageStatus.Draft, cancellationToken);
        if (message is null)
        {
            message = NewMessage(input, check, now);
            db.Messages.Add(message);
        }
        else
        {
            var fresh = NewMessage(input, check, now);
            fresh.Id = message.Id;
            fresh.CreatedAt = message.CreatedAt;
            db.Entry(message).CurrentValues.SetValues(fresh);
        }

        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }

    public async Task<MessageInput?> LoadDraftAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Messages.Where(m => m.Id == id)
            .Select(m => new MessageInput { ContactId = m.ContactId, Subject = m.Subject, Body = m.Body, ChosenIntent = m.ChosenIntent })
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SentMessage>> RecentAsync(int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking()
            .OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id)
            .Take(take)
            .Select(m => new SentMessage(m.Id, m.ContactId, m.Contact.Name, m.Subject, m.Status, m.Decision, m.ClassifiedIntent, m.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The corrections the user made to the coach's reading, newest first, for the next corpus update.</summary>
    public async Task<IReadOnlyList<IntentCorrection>> CorrectionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.IntentCorrections.AsNoTracking().OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
    }

    private async Task<MessageCheck> RefuseIfBlockedAsync(MessageInput input, string action, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(input, cancellationToken);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await LogCorrectionAsync(db, input, check.Verdict, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (check.IsBlocked)
        {
            logger.LogInformation("Refused a blocked message to contact {ContactId}: {Reasons}", check.ContactId, string.Join(" ", check.Verdict.Reasons));
            throw new MessageBlockedException(
                $"This message cannot be {action}: {string.Join(" ", check.Verdict.Reasons)} Change the message, or correct the facts about {check.ContactName} if the coach has them wrong.");
        }

        return check;
    }

    // A chosen intent that differs from the reading is a correction; the same text and correction is kept once.
    private async Task LogCorrectionAsync(AppDbContext db, MessageInput input, MessageVerdict verdict, DateTime now, CancellationToken cancellationToken)
    {
        if (input.ChosenIntent is not { } chosen || chosen == TouchpointIntent.Meeting || chosen.ToMessageIntent() == verdict.Intent)
        {
            return;
        }

        var subject = input.Subject.Trim();
        var body = input.Body.Trim();
        var correctedTo = chosen.ToMessageIntent().ToCode();
        var existing = await db.IntentCorrections.FirstOrDefaultAsync(c => c.Body == body && c.Subject == subject && c.CorrectedTo == correctedTo, cancellationToken);
        if (existing is not null)
        {
            existing.UpdatedAt = now;
            return;
        }

        db.IntentCorrections.Add(new IntentCorrection
        {
            Subject = subject,
            Body = body,
            ReadAs = verdict.Intent.ToCode(),
            CorrectedTo = correctedTo,
            Confidence = verdict.Confidence,
            CreatedAt = now,
            UpdatedAt = now,
        });
        logger.LogInformation("Intent correction logged: read as {ReadAs}, corrected to {CorrectedTo}", verdict.Intent.ToCode(), correctedTo);
    }

    private static OutreachMessage NewMessage(MessageInput input, MessageCheck check, DateTime now) => new()
    {
        ContactId = check.ContactId,
        Subject = input.Subject.Trim(),
        Body = input.Body.Trim(),
        ChosenIntent = input.ChosenIntent,
        ClassifiedIntent = check.Verdict.Intent.ToTouchpointIntent(),
        Decision = check.Verdict.Decision,
        VerdictReasons = Truncate(string.Join("\n", check.Verdict.Reasons), FieldLimits.MessageBody),
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
