namespace NetworkingCoach.Contacts;

/// <summary>What the contact form and importers hand the service to create or update a contact.</summary>
public class ContactInput
{
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string? Title { get; set; }
    public string? Location { get; set; }
    public string? HowWeMet { get; set; }
    public DateOnly? KnownSince { get; set; }

    /// <summary>The year is <see cref="Domain.Birthday.UnknownYear"/> when not known.</summary>
    public DateOnly? Birthday { get; set; }
    public int? Closeness { get; set; }
    public string? LinkedInUrl { get; set; }
    public string? Notes { get; set; }

    /// <summary>How often to keep in touch with this person, in days; null uses the tier's default rhythm.</summary>
    public int? CadenceDays { get; set; }

    /// <summary>Tags separated by commas, as typed.</summary>
    public string? Tags { get; set; }
    public List<LabeledValue> Emails { get; set; } = [];
    public List<LabeledValue> Phones { get; set; } = [];

    /// <summary>The tag names, trimmed, without empties or repeats (case-insensitive).</summary>
    public IReadOnlyList<string> TagList() =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
