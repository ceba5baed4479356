using NetworkingCoach.Domain;

namespace NetworkingCoach.Touchpoints;

/// <summary>The parts of one touchpoint that the relationship facts are computed from.</summary>
public sealed record TouchpointFact(DateTime OccurredAt, Channel Channel, Direction Direction, TouchpointIntent Intent, bool Replied)
{
    /// <summary>Both sides took part: they started it, it was mutual, or they replied.</summary>
    public bool IsTwoWay => Direction != Direction.IReachedOut || Replied;

    /// <summary>The user asked for something (see <see cref="TouchpointKinds"/>).</summary>
    public bool IsAsk => TouchpointKinds.IsAsk(Intent, Direction);

    /// <summary>The user gave something (see <see cref="TouchpointKinds"/>).</summary>
    public bool IsGive => TouchpointKinds.IsGive(Intent, Direction);
}
