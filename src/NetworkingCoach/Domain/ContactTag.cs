namespace NetworkingCoach.Domain;

/// <summary>Links a contact to a tag.</summary>
public class ContactTag
{
    public int ContactId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}
