using NetworkingCoach.Web.Tests.Infrastructure;

namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// The every-page check, the import, duplicate review and sign-in journeys and the looks of the import and restore
/// pages: the second of the two browser streams, run beside <see cref="EndToEndCollection"/>. Within a stream tests run
/// one at a time; the two streams take about as long as each other, so neither runs alone at the end.
/// </summary>
[CollectionDefinition(Name)]
public class PagesAndImportsCollection : ICollectionFixture<ReadOnlyApps>
{
    public const string Name = "Every page and the import journeys";
}
