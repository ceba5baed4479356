using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Checks a draft message against the relationship before it can go out.</summary>
public sealed class MessageChecker(IntentClassifier classifier, CoachingSettings settings, TimeProvider clock)
{
    private readonly IntentClassifier _classifier = classifier;
    private readonly Coach _coach = new(settings, clock);
    private readonly TieStrengthCalculator _calculator = new(settings, clock);

    /// <summary>Classifies the draft, scores the tie and runs the outreach rules; blocks win over warnings.</summary>
    public MessageVerdict Check(MessageDraft draft, RelationshipHistory history)
    {
        var classification = _classifier.Classify(draft.Subject, draft.Body);
        var chosen = draft.ChosenIntent?.ToMessageIntent();

        // The user's label cannot talk a job ask out of being judged as one.
        var judgedAs = classification.Intent == MessageIntent.JobAsk ? MessageIntent.JobAsk
            : chosen is { } c and not MessageIntent.Other ? c
            : classification.Intent;

        var tie = _calculator.Calculate(history);
        var flags = _coach.EvaluateOutreach(history, tie, new PlannedOutreach(judgedAs.ToTouchpointIntent()));
        var decision = MessageDecision.Allowed;
        foreach (var flag in flags)
        {
            if (flag.Severity == FlagSeverity.Block)
            {
                decision = MessageDecision.Blocked;
            }
            else if (flag.Severity == FlagSeverity.Warning && decision == MessageDecision.Allowed)
            {
                decision = MessageDecision.Warning;
            }
        }

        // Nothing readable is not a clean bill: the user is asked to check it themselves.
        if (classification.Source == IntentSource.CantTell && decision == MessageDecision.Allowed)
        {
            decision = MessageDecision.Warning;
        }

        var first = history.FirstName;
        var blockedJobAsk = flags.Exists(f => f.RuleId == JobAskToWeakTieRule.RuleId);
        return new MessageVerdict
        {
            Decision = decision,
            Intent = classification.Intent,
            JudgedAs = judgedAs,
            Confidence = classification.Confidence,
            Cues = classification.Cues,
            Tie = tie,
            Flags = flags,
            Reasons = Reasons(classification, chosen, judgedAs, tie, flags, first),
            SuggestedFirstStep = blockedJobAsk
                ? $"Don't ask {first} for a job yet. Send a short reconnecting note first, or ask for advice and say plainly you are not asking for a job."
                : flags.Count > 0 ? MostSevere(flags).SuggestedNextStep : null,
            ReconnectNoteTemplate = blockedJobAsk ? MessageTemplates.ReconnectNote(first) : null,
            AdviceRequestTemplate = blockedJobAsk ? MessageTemplates.AdviceRequest(first) : null,
        };
    }

    private static List<string> Reasons(
        IntentClassification classification, MessageIntent? chosen, MessageIntent judgedAs, TieStrength tie, List<CoachingFlag> flags, string first)
    {
        var reasons = new List<string>();
        var phrases = classification.Cues
            .Where(c => c.Intent == classification.Intent && !c.Discounted)
            .Select(c => $"\"{(c.Phrase.Length <= 80 ? c.Phrase : c.Phrase[..77] + "...")}\"")
            .Distinct()
            .Take(3)
            .ToList();
        var read = classification.Source == IntentSource.CantTell && classification.Intent != MessageIntent.JobAsk
            ? "The coach can't tell what this message is for."
            : $"It reads as {Words(classification.Intent)}" + (phrases.Count > 0 ? $" ({string.Join(", ", phrases)})" : "")
                + (classification.Source == IntentSource.Model ? $", {Sure(classification.Confidence)}." : ".");
        if (classification.Note is { } note)
        {
            read += " " + note;
        }

        if (chosen is { } c && c != judgedAs && judgedAs == MessageIntent.JobAsk)
        {
            read += $" It is judged as a job ask even though you marked it {Words(c)}.";
        }

        reasons.Add(read);
        reasons.Add($"{first} is a {tie.TierWord} tie: {string.Join(", ", tie.Reasons)}.");
        foreach (var flag in flags)
        {
            reasons.Add(flag.Message);
        }

        if (flags.Count == 0)
        {
            reasons.Add(classification.Source == IntentSource.CantTell ? "Read it over yourself before sending it." : "Nothing stands in the way of sending it.");
        }

        return reasons;
    }

    private static string Sure(double confidence) => confidence switch
    {
        >= 0.85 => $"and the coach is sure of it ({Math.Round(confidence * 100):0}%)",
        >= 0.6 => $"and the coach is fairly sure ({Math.Round(confidence * 100):0}%)",
        _ => $"but the coach is not sure ({Math.Round(confidence * 100):0}%)",
    };

    private static CoachingFlag MostSevere(List<CoachingFlag> flags)
    {
        var most = flags[0];
        foreach (var flag in flags)
        {
            if (flag.Severity > most.Severity)
            {
                most = flag;
            }
        }

        return most;
    }

    private static string Words(MessageIntent intent) => intent switch
    {
        MessageIntent.JobAsk => "a job ask",
        MessageIntent.Advice => "a request for advice",
        MessageIntent.KeepInTouch => "keeping in touch",
        MessageIntent.ThankYou => "a thank-you",
        MessageIntent.OfferHelp => "an offer of help",
        MessageIntent.Introduction => "an introduction",
        _ => "a general message",
    };
}
