namespace NetworkingCoach.Domain;

/// <summary>Whether a drafted message has gone out.</summary>
public enum MessageStatus
{
    Draft = 0,
    Sent = 1,
}
