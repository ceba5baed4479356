using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// Browser journeys run one at a time, after the other tests: two at once on two busy cores made
/// timing-sensitive steps (typing, animations) unreliable. Journeys that save start an app of their own;
/// those that only look share the <see cref="ReadOnlyApps"/>. The import journeys have a collection of their own, also run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class EndToEndCollection : ICollectionFixture<ReadOnlyApps>
{
    public const string Name = "End to end";
}
