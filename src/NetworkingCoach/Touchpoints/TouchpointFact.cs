using NetworkingCoach.Domain;

namespace NetworkingCoach.Touchpoints;

/// <summary>The parts of one touchpoint that the relationship facts are computed from.</summary>
public sealed record TouchpointFact(DateTime OccurredAt, Channel Channel, Direction Direction, TouchpointIntent Intent, bool Replied)
{
    /// <summary>Both sides took part: they started it, it was mutual, or they replied.</summary>
    public bool IsTwoWay => Direction != Direction.IReachedOut || Replied;

    /// <summary>Asking for something: advice, information, a job or a direct contact.</summary>
    public bool IsAsk => Intent is TouchpointIntent.AdviceRequest or TouchpointIntent.JobAsk;

    /// <summary>Giving something: help offered or an introduction made for them.</summary>
    public bool IsGive => Intent is TouchpointIntent.OfferHelp or TouchpointIntent.Introduction;
}
