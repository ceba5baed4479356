namespace NetworkingCoach.Domain;

/// <summary>A person in the user's network.</summary>
public class Contact
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int? CompanyId { get; set; }
    public Company? Company { get; set; }
    public string? Title { get; set; }
    public string? Location { get; set; }
    public string? HowWeMet { get; set; }
    public DateOnly? KnownSince { get; set; }

    /// <summary>The person's birthday; the year is <see cref="Domain.Birthday.UnknownYear"/> when not known.</summary>
    public DateOnly? Birthday { get; set; }

    /// <summary>The user's own rating from 1 (barely know them) to 5 (very close); null when not set.</summary>
    public int? Closeness { get; set; }
    public string? Notes { get; set; }
    public string? LinkedInUrl { get; set; }

    /// <summary>Canonical form of <see cref="LinkedInUrl"/>, used to find the same person twice.</summary>
    public string? LinkedInKey { get; set; }

    /// <summary>Overrides the tier's keep-in-touch cadence for this person, in days.</summary>
    public int? CadenceDays { get; set; }
    public bool IsArchived { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    public long Version { get; set; }

    /// <summary>Lower-cased name, company and emails for quick search.</summary>
    public string SearchText { get; set; } = "";

    public List<ContactEmail> Emails { get; set; } = [];
    public List<ContactPhone> Phones { get; set; } = [];
    public List<ContactTag> Tags { get; set; } = [];
    public List<Touchpoint> Touchpoints { get; set; } = [];
}
