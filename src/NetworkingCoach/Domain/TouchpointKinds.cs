namespace NetworkingCoach.Domain;

/// <summary>
/// What counts as asking and as giving, in one place for the contact page's facts and the coach:
/// only what the user did (not what the contact started) counts.
/// </summary>
public static class TouchpointKinds
{
    /// <summary>The user asked for something: advice, information, a job or a direct contact.</summary>
    public static bool IsAsk(TouchpointIntent intent, Direction direction) =>
        direction != Direction.TheyReachedOut && (intent is TouchpointIntent.JobAsk or TouchpointIntent.AdviceRequest);

    /// <summary>The user gave something: help offered, an introduction made for them, or thanks.</summary>
    public static bool IsGive(TouchpointIntent intent, Direction direction) =>
        direction != Direction.TheyReachedOut && (intent is TouchpointIntent.OfferHelp or TouchpointIntent.Introduction or TouchpointIntent.ThankYou);
}
