namespace NetworkingCoach.Domain;

/// <summary>An organisation contacts belong to.</summary>
public class Company
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Contact> Contacts { get; set; } = [];
}
