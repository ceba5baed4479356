namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The import, review and restore journeys, run alone like the other browser journeys.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class ImportJourneyCollection
{
    public const string Name = "Import journeys";
}
