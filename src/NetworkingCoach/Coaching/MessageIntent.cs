namespace NetworkingCoach.Coaching;

/// <summary>What an outgoing message is for, as the classifier labels it; <see cref="MessageIntentCodes"/> gives the stable codes.</summary>
public enum MessageIntent
{
    Other = 0,
    JobAsk = 1,
    Advice = 2,
    KeepInTouch = 3,
    ThankYou = 4,
    OfferHelp = 5,
    Introduction = 6,
}
