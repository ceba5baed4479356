using NetworkingCoach.Importing;

namespace NetworkingCoach.Exporting;

/// <summary>A contact flattened for export, independent of the database.</summary>
public sealed record ExportedContact
{
    public string Name { get; init; } = "";
    public IReadOnlyList<LabeledValue> Emails { get; init; } = [];
    public IReadOnlyList<LabeledValue> Phones { get; init; } = [];
    public string? Company { get; init; }
    public string? Title { get; init; }
    public string? Location { get; init; }
    public string? LinkedInUrl { get; init; }
    public string? HowWeMet { get; init; }
    public DateOnly? KnownSince { get; init; }
    public DateOnly? Birthday { get; init; }
    public int? Closeness { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Notes { get; init; }
}
