namespace NetworkingCoach.Domain;

/// <summary>A message the user drafts to a contact, with the coach's last verdict on it.</summary>
public class OutreachMessage
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public Contact Contact { get; set; } = null!;
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The intent the user chose, if any; a classified job ask is judged as one regardless.</summary>
    public TouchpointIntent? ChosenIntent { get; set; }
    public TouchpointIntent ClassifiedIntent { get; set; }
    public MessageDecision Decision { get; set; }

    /// <summary>The verdict's reasons, one per line, as shown to the user.</summary>
    public string? VerdictReasons { get; set; }
    public MessageStatus Status { get; set; }
    public int? SentTouchpointId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}
