using NetworkingCoach.Web.Tests.EndToEnd;
using Xunit.Abstractions;

[assembly: CollectionBehavior(MaxParallelThreads = 3)]
[assembly: TestCollectionOrderer("NetworkingCoach.Web.Tests.Infrastructure.BrowserStreamsFirst", "NetworkingCoach.Web.Tests")]

namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>
/// Starts the two browser streams first, each on a thread of its own from the start, and runs the component and
/// integration tests one after another on a third: the streams are the longest, and short tests queued before them
/// only made them start late. The streams wait on their pages part of the time, which the short tests fill.
/// </summary>
public sealed class BrowserStreamsFirst : ITestCollectionOrderer
{
    private static readonly string[] s_streams = [EndToEndCollection.Name, PagesAndImportsCollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.IndexOf(s_streams, c.DisplayName) is var i && i >= 0 ? i : s_streams.Length);
}
