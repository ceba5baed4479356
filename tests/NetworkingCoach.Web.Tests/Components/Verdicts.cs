using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;
using NetworkingCoach.Messages;

namespace NetworkingCoach.Web.Tests.Components;

/// <summary>Coach's verdicts built by hand, as the message check returns them.</summary>
public static class Verdicts
{
    public const string JobAskBody = "Do you know of any openings? Please pass on my resume.";

    public static MessageCheck BlockedJobAskToDana() => new(7, "Dana Whitfield", "dana@example.com", new MessageVerdict
    {
        Decision = MessageDecision.Blocked,
        Intent = MessageIntent.JobAsk,
        JudgedAs = MessageIntent.JobAsk,
        Confidence = 0.9,
        Cues =
        [
            new IntentCue(MessageIntent.JobAsk, "any openings", JobAskBody.IndexOf("any openings", StringComparison.Ordinal), "any openings".Length, MessageField.Body, 1),
            new IntentCue(MessageIntent.JobAsk, "pass on my resume", JobAskBody.IndexOf("pass on my resume", StringComparison.Ordinal), "pass on my resume".Length, MessageField.Body, 1),
        ],
        Tie = Tie(TieTier.Dormant, 4),
        Flags =
        [
            new CoachingFlag
            {
                RuleId = "job-ask-to-weak-tie",
                Severity = FlagSeverity.Block,
                Message = "A job ask to Dana is blocked: this is a dormant tie.",
                SuggestedNextStep = "Reconnect first.",
                ContactId = 7,
            },
        ],
        Reasons = ["A job ask to Dana is blocked: this is a dormant tie.", "The coach read \"any openings\" and \"pass on my resume\" as a job ask."],
        SuggestedFirstStep = "Send a reconnecting note and ask for advice later.",
        ReconnectNoteTemplate = "Hi Dana, it has been a while — how are you?",
        AdviceRequestTemplate = "Hi Dana, could I ask your advice? I'm not asking for a job.",
    });

    public static MessageCheck AllowedAdviceToSam() => new(8, "Sam Okafor", null, new MessageVerdict
    {
        Decision = MessageDecision.Allowed,
        Intent = MessageIntent.Advice,
        JudgedAs = MessageIntent.Advice,
        Confidence = 0.8,
        Cues = [],
        Tie = Tie(TieTier.Strong, 82),
        Flags = [],
        Reasons = ["An advice request to a strong tie is fine."],
    });

    public static TieStrength Tie(TieTier tier, int score) => new(score, tier, [$"{tier} tie"], default, null!);
}
