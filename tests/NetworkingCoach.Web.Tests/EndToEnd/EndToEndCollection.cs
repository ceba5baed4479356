namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>Browser journeys run one at a time: each starts its own app and Chromium, which is heavy on two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class EndToEndCollection
{
    public const string Name = "End to end";
}
