using NetworkingCoach.Domain;

namespace NetworkingCoach.Coaching;

/// <summary>An outreach about to be made (a drafted message or a touchpoint being logged), judged by the outreach rules.</summary>
public sealed record PlannedOutreach(TouchpointIntent Intent)
{
    /// <summary>Job asks and advice requests: the asks of networking.</summary>
    public bool IsAsk => Intent is TouchpointIntent.JobAsk or TouchpointIntent.AdviceRequest;
}
