namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The every-page check, in its own collection so it runs beside the browser journeys.</summary>
[CollectionDefinition(Name)]
public class EveryPageCollection
{
    public const string Name = "Every page";
}
