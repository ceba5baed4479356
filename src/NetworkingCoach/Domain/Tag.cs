namespace NetworkingCoach.Domain;

/// <summary>A label the user puts on contacts, optionally with its own keep-in-touch cadence.</summary>
public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public int? CadenceDays { get; set; }
}
