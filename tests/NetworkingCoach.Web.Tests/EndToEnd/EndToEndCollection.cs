using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// The browser journeys, one at a time: the first of two browser streams, run beside
/// <see cref="PagesAndImportsCollection"/> (the every-page check and the import journeys), which wait on pages
/// more than they keep the cores busy. Journeys that save start an app of their own; those that only look share
/// the <see cref="ReadOnlyApps"/>. Steps wait for what the user would see, never for a fixed time, so they hold
/// on a busy machine.
/// </summary>
[CollectionDefinition(Name)]
public class EndToEndCollection : ICollectionFixture<ReadOnlyApps>
{
    public const string Name = "End to end";
}
