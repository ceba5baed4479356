namespace NetworkingCoach.Referrals;

/// <summary>
/// Lays out introductions as layered trees: roots (people nobody introduced, or the chosen contact) on top,
/// each person under the first referrer that reaches them, leaves side by side and parents centred over their children.
/// </summary>
public static class ReferralTreeLayout
{
    public sealed record Link(int ReferrerId, int ReferredId);

    public sealed record Placement(int ContactId, int Layer, double Slot, int? ParentId);

    public static IReadOnlyList<Placement> Layout(IReadOnlyCollection<int> people, IReadOnlyList<Link> links, int? root = null)
    {
        var children = links.GroupBy(l => l.ReferrerId).ToDictionary(g => g.Key, g => g.Select(l => l.ReferredId).Distinct().OrderBy(id => id).ToList());
        var referred = links.Select(l => l.ReferredId).ToHashSet();
        var roots = root is { } only
            ? [only]
            : people.Where(p => !referred.Contains(p)).OrderBy(p => p).ToList();

        var parent = new Dictionary<int, int?>();
        var layer = new Dictionary<int, int>();
        var treeChildren = new Dictionary<int, List<int>>();
        var order = new List<int>();

        void Walk(IEnumerable<int> starts)
        {
            var queue = new Queue<int>();
            foreach (var start in starts.Where(s => !layer.ContainsKey(s)))
            {
                layer[start] = 0;
                parent[start] = null;
                order.Add(start);
                queue.Enqueue(start);
            }

            // Breadth first from one root at a time: a person sits under the first root's tree that reaches them.
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                foreach (var child in children.GetValueOrDefault(current, []))
                {
                    if (layer.ContainsKey(child))
                    {
                        continue;
                    }

                    layer[child] = layer[current] + 1;
                    parent[child] = current;
                    (treeChildren.TryGetValue(current, out var list) ? list : treeChildren[current] = []).Add(child);
                    order.Add(child);
                    queue.Enqueue(child);
                }
            }
        }

        foreach (var start in roots)
        {
            Walk([start]);
        }

        if (root is null)
        {
            // People only reachable through a circle of introductions get the lowest id of the circle as a root.
            foreach (var person in people.OrderBy(p => p).Where(p => !layer.ContainsKey(p)))
            {
                Walk([person]);
            }
        }

        var slot = new Dictionary<int, double>();
        var next = 0.0;
        double Place(int node)
        {
            var kids = treeChildren.GetValueOrDefault(node, []);
            if (kids.Count == 0)
            {
                slot[node] = next++;
            }
            else
            {
                var positions = kids.Select(Place).ToList();
                slot[node] = (positions[0] + positions[^1]) / 2;
            }

            return slot[node];
        }

        foreach (var start in order.Where(n => parent[n] is null))
        {
            Place(start);
        }

        return order.Select(n => new Placement(n, layer[n], slot[n], parent[n])).ToList();
    }
}
