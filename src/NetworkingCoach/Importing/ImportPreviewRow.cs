namespace NetworkingCoach.Importing;

/// <summary>One row as the preview shows it: what was read, what will happen to it, and why.</summary>
public sealed record ImportPreviewRow(
    int LineNumber,
    string Name,
    string? Email,
    string? Company,
    string? Title,
    ImportRowOutcome Outcome,
    string? Detail);
