using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>Stable snake_case codes for <see cref="MessageIntent"/> and the mapping to and from <see cref="TouchpointIntent"/>.</summary>
public static class MessageIntentCodes
{
    /// <summary>"job_ask", "advice", "keep_in_touch", "thank_you", "offer_help", "introduction" or "other".</summary>
    public static string ToCode(this MessageIntent intent) => intent switch
    {
        MessageIntent.JobAsk => "job_ask",
        MessageIntent.Advice => "advice",
        MessageIntent.KeepInTouch => "keep_in_touch",
        MessageIntent.ThankYou => "thank_you",
        MessageIntent.OfferHelp => "offer_help",
        MessageIntent.Introduction => "introduction",
        _ => "other",
    };

    /// <summary>The intent for a code, case-insensitively; false for an unknown code.</summary>
    public static bool TryParse(string? code, out MessageIntent intent)
    {
        foreach (var candidate in Enum.GetValues<MessageIntent>())
        {
            if (string.Equals(candidate.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                intent = candidate;
                return true;
            }
        }

        intent = MessageIntent.Other;
        return false;
    }

    /// <summary>The touchpoint intent to log; "other" has no counterpart and is logged as keeping in touch.</summary>
    public static TouchpointIntent ToTouchpointIntent(this MessageIntent intent) => intent switch
    {
        MessageIntent.JobAsk => TouchpointIntent.JobAsk,
        MessageIntent.Advice => TouchpointIntent.AdviceRequest,
        MessageIntent.ThankYou => TouchpointIntent.ThankYou,
        MessageIntent.OfferHelp => TouchpointIntent.OfferHelp,
        MessageIntent.Introduction => TouchpointIntent.Introduction,
        _ => TouchpointIntent.KeepInTouch,
    };

    /// <summary>The message intent for a touchpoint intent; a meeting is not a message and maps to "other".</summary>
    public static MessageIntent ToMessageIntent(this TouchpointIntent intent) => intent switch
    {
        TouchpointIntent.JobAsk => MessageIntent.JobAsk,
        TouchpointIntent.AdviceRequest => MessageIntent.Advice,
        TouchpointIntent.KeepInTouch => MessageIntent.KeepInTouch,
        TouchpointIntent.ThankYou => MessageIntent.ThankYou,
        TouchpointIntent.OfferHelp => MessageIntent.OfferHelp,
        TouchpointIntent.Introduction => MessageIntent.Introduction,
        _ => MessageIntent.Other,
    };
}
