using NetworkingCoach.Coaching;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Web.Features.Messages;

/// <summary>Words for intents and tiers as a person reads them.</summary>
public static class IntentNames
{
    public static string Of(MessageIntent intent) => intent switch
    {
        MessageIntent.JobAsk => "job ask",
        MessageIntent.Advice => "advice or information request",
        MessageIntent.KeepInTouch => "keeping in touch",
        MessageIntent.ThankYou => "thank-you",
        MessageIntent.OfferHelp => "offer of help",
        MessageIntent.Introduction => "introduction",
        _ => "other",
    };

    public static string Of(TouchpointIntent intent) => intent switch
    {
        TouchpointIntent.KeepInTouch => "Keep in touch",
        TouchpointIntent.AdviceRequest => "Advice or information request",
        TouchpointIntent.JobAsk => "Job ask or direct contact",
        TouchpointIntent.OfferHelp => "Offer help / give",
        TouchpointIntent.ThankYou => "Thank you",
        TouchpointIntent.Introduction => "Introduction",
        _ => "Meeting",
    };

}
