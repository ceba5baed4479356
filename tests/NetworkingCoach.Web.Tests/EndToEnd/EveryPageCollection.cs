namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>The every-page check, in its own collection, run alone like the journeys.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class EveryPageCollection
{
    public const string Name = "Every page";
}
