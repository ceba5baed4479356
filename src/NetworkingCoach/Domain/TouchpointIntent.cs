namespace NetworkingCoach.Domain;

/// <summary>What an interaction was for.</summary>
public enum TouchpointIntent
{
    KeepInTouch = 0,
    AdviceRequest = 1,
    JobAsk = 2,
    OfferHelp = 3,
    ThankYou = 4,
    Introduction = 5,
    Meeting = 6,
}
