namespace NetworkingCoach.Domain;

/// <summary>The coach's verdict on an outgoing message.</summary>
public enum MessageDecision
{
    Allowed = 0,
    Warning = 1,
    Blocked = 2,
}
