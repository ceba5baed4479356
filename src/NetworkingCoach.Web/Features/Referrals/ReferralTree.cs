using NetworkingCoach.Referrals;

namespace NetworkingCoach.Web.Features.Referrals;

/// <summary>
/// One introduction tree of the graph: a root referrer and everyone reached through them, its slots
/// starting at 0, so each tree can be drawn on its own and the trees can wrap like words on a page.
/// </summary>
public sealed record ReferralTree(ReferralGraphNode Root, IReadOnlyList<ReferralGraphNode> Nodes, IReadOnlyList<ReferralGraphEdge> Edges)
{
    public int Depth => Nodes.Max(n => n.Layer) + 1;

    public double Width => Nodes.Max(n => n.Slot) + 1;

    /// <summary>The graph's trees, largest first; an extra edge between two trees is drawn in neither.</summary>
    public static IReadOnlyList<ReferralTree> Split(ReferralGraph graph)
    {
        var byId = graph.Nodes.ToDictionary(n => n.ContactId);
        var rootOf = graph.Nodes.ToDictionary(n => n.ContactId, n => RootOf(n, byId));
        return graph.Nodes
            .GroupBy(n => rootOf[n.ContactId])
            .Select(tree =>
            {
                var left = tree.Min(n => n.Slot);
                var nodes = tree.Select(n => n with { Slot = n.Slot - left }).ToList();
                var edges = graph.Edges.Where(e => rootOf.GetValueOrDefault(e.ReferrerId) == tree.Key && rootOf.GetValueOrDefault(e.ReferredId) == tree.Key).ToList();
                return new ReferralTree(nodes.First(n => n.ContactId == tree.Key), nodes, edges);
            })
            .OrderByDescending(t => t.Nodes.Count)
            .ThenBy(t => t.Root.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private static int RootOf(ReferralGraphNode node, Dictionary<int, ReferralGraphNode> byId)
    {
        // The layout gives every node but a root one parent; the step limit only guards against a malformed graph.
        var current = node;
        for (var steps = 0; current.ParentId is { } parent && byId.TryGetValue(parent, out var up) && steps < byId.Count; steps++)
        {
            current = up;
        }

        return current.ContactId;
    }
}
