namespace NetworkingCoach.Domain;

/// <summary>One dated interaction with a contact; a meeting when its intent is <see cref="TouchpointIntent.Meeting"/>.</summary>
public class Touchpoint
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public Contact Contact { get; set; } = null!;

    /// <summary>When it happened, in UTC.</summary>
    public DateTime OccurredAt { get; set; }
    public Channel Channel { get; set; }
    public Direction Direction { get; set; }
    public TouchpointIntent Intent { get; set; }
    public bool Replied { get; set; }
    public string? Summary { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public string? MeetingPurpose { get; set; }

    /// <summary>Agenda points, one per line.</summary>
    public string? MeetingAgenda { get; set; }
    public string? MeetingOutcome { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
