namespace NetworkingCoach.Referrals;

/// <summary>A person suggested during a meeting, as typed, with the user's choice when the name matched someone.</summary>
public class NameGainedInput
{
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? LinkedInUrl { get; set; }

    /// <summary>An existing contact the user picked from the candidates by name.</summary>
    public int? LinkToContactId { get; set; }

    /// <summary>The user saw candidates by name and chose to add a new contact anyway.</summary>
    public bool CreateNew { get; set; }
}
