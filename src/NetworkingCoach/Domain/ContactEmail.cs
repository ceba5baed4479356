namespace NetworkingCoach.Domain;

/// <summary>One email address of a contact; the first by position is the primary one.</summary>
public class ContactEmail
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public string Address { get; set; } = "";

    /// <summary>Trimmed, lower-cased address without zero-width characters, for duplicate detection.</summary>
    public string NormalizedAddress { get; set; } = "";
    public string? Label { get; set; }
    public int Position { get; set; }
}
