using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// The every-page check and the import, review and restore journeys: the second of the two browser streams,
/// run beside <see cref="EndToEndCollection"/>. Within a stream tests run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public class PagesAndImportsCollection : ICollectionFixture<ReadOnlyApps>
{
    public const string Name = "Every page and the import journeys";
}
