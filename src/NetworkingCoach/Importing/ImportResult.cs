namespace NetworkingCoach.Importing;

/// <summary>What an import did: the batch it recorded, its counts, and the rows it skipped or flagged.</summary>
public sealed record ImportResult(
    int BatchId,
    ImportFormatKind Format,
    IReadOnlyList<string> Headers,
    ImportCounts Counts,
    IReadOnlyList<RejectedRow> Rejected,
    IReadOnlyList<ImportPreviewRow> LikelyDuplicates,
    TimeSpan Elapsed)
{
    /// <summary>Where the time went, phase by phase.</summary>
    public ImportTimings? Timings { get; init; }
}
