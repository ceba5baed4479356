namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// Browser journeys run one at a time, after the other tests: each starts its own app and Chromium, and
/// two at once on two busy cores made timing-sensitive steps (typing, animations) unreliable. The
/// import journeys and the every-page check have collections of their own, also run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class EndToEndCollection
{
    public const string Name = "End to end";
}
