namespace NetworkingCoach.Domain;

/// <summary>One phone number of a contact.</summary>
public class ContactPhone
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public string Number { get; set; } = "";
    public string? Label { get; set; }
    public int Position { get; set; }
}
