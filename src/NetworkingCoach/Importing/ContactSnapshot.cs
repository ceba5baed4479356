namespace NetworkingCoach.Importing;

/// <summary>
/// A contact's own fields and the ids of its emails, phones and tags before an import merged into it.
/// Merges only add rows, so the ids are enough to take the additions away again.
/// </summary>
public sealed record ContactSnapshot
{
    public string Name { get; init; } = "";
    public int? CompanyId { get; init; }
    public string? Title { get; init; }
    public string? Location { get; init; }
    public string? HowWeMet { get; init; }
    public DateOnly? KnownSince { get; init; }
    public DateOnly? Birthday { get; init; }
    public int? Closeness { get; init; }
    public string? Notes { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? LinkedInKey { get; init; }
    public DateTime UpdatedAt { get; init; }
    public long Version { get; init; }
    public string SearchText { get; init; } = "";
    public IReadOnlyList<int> EmailIds { get; init; } = [];
    public IReadOnlyList<int> PhoneIds { get; init; } = [];
    public IReadOnlyList<int> TagIds { get; init; } = [];
}
