namespace NetworkingCoach.Importing;

/// <summary>A past import as the batch list shows it.</summary>
public sealed record ImportBatchSummary(
    int Id,
    string FileName,
    string Format,
    DateTime StartedAt,
    DateTime? CompletedAt,
    int Rows,
    int Created,
    int Merged,
    int Duplicates,
    int Errors,
    DateTime? UndoneAt);
