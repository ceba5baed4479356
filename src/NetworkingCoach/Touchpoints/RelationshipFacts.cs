namespace NetworkingCoach.Touchpoints;

/// <summary>Plain facts about one relationship's history, computed from its touchpoints; times are UTC.</summary>
public sealed record RelationshipFacts(
    int TotalTouchpoints,
    DateTime? FirstTouchpointAt,
    DateTime? LastTouchpointAt,
    DateTime? LastTwoWayExchangeAt,
    int TouchpointsLast12Months,
    int Asks,
    int JobAsks,
    int Gives,
    int Meetings,
    DateTime? LastAskAt,
    DateTime? LastGiveAt)
{
    public static RelationshipFacts None { get; } = new(0, null, null, null, 0, 0, 0, 0, 0, null, null);

    /// <summary>Gives minus asks: negative when the user has asked more than they have given.</summary>
    public int GiveAskBalance => Gives - Asks;
}
