namespace NetworkingCoach.Referrals;

/// <summary>Who introduced whom, laid out as layered trees, with who opened the most doors and how many names each meeting yielded.</summary>
public sealed record ReferralGraph(
    int? RootContactId,
    IReadOnlyList<ReferralGraphNode> Nodes,
    IReadOnlyList<ReferralGraphEdge> Edges,
    IReadOnlyList<DoorOpener> TopDoorOpeners,
    IReadOnlyList<MeetingYield> Meetings,
    double AverageNamesPerMeeting,
    int MeetingsAtGoal)
{
    /// <summary>A good networking meeting yields two more names than you walked in with.</summary>
    public const int NamesPerMeetingGoal = 2;

    public int Depth => Nodes.Count == 0 ? 0 : Nodes.Max(n => n.Layer) + 1;
    public double Width => Nodes.Count == 0 ? 0 : Nodes.Max(n => n.Slot) + 1;
}
