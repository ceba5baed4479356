namespace NetworkingCoach.Web.Tests.EndToEnd;

/// <summary>
/// Browser journeys of this collection run one at a time (each starts its own app and Chromium), while
/// the import journeys and the every-page check, in collections of their own, run beside them: much of
/// a journey is waiting on the app, so two at once keep both cores busy.
/// </summary>
[CollectionDefinition(Name)]
public class EndToEndCollection
{
    public const string Name = "End to end";
}
