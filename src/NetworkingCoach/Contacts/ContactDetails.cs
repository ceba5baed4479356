namespace NetworkingCoach.Contacts;

/// <summary>Everything the contact page shows about one person.</summary>
public sealed record ContactDetails(
    int Id,
    string Name,
    int? CompanyId,
    string? Company,
    string? Title,
    string? Location,
    string? HowWeMet,
    DateOnly? KnownSince,
    int? Closeness,
    string? LinkedInUrl,
    string? Notes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LabeledValue> Emails,
    IReadOnlyList<LabeledValue> Phones,
    bool IsArchived,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version,
    int TouchpointCount,
    DateTime? LastTouchpointAt)
{
    /// <summary>The user's own keep-in-touch rhythm for this person, in days; null means the tier's default.</summary>
    public int? CadenceDays { get; init; }

    /// <summary>The year is <see cref="Domain.Birthday.UnknownYear"/> when not known.</summary>
    public DateOnly? Birthday { get; init; }
}
