namespace NetworkingCoach.Web.Tests.Infrastructure;

/// <summary>Who to visit in the demo network: its busiest door-opener and its largest company.</summary>
public sealed record DemoNetworkPeople(int ContactId, string ContactName, int CompanyId);
