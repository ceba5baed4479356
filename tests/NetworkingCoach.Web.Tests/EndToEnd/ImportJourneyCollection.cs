namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The import, review and restore journeys, one at a time, beside the other browser journeys.</summary>
[CollectionDefinition(Name)]
public class ImportJourneyCollection
{
    public const string Name = "Import journeys";
}
