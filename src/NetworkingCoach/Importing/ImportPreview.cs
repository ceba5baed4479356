namespace NetworkingCoach.Importing;

/// <summary>What importing a file would do, worked out without changing the database.</summary>
public sealed record ImportPreview(
    ImportFormatKind Format,
    string EncodingName,
    char Delimiter,
    IReadOnlyList<string> Headers,
    ColumnMapping? Mapping,
    ImportCounts Counts,
    IReadOnlyList<ImportPreviewRow> FirstRows,
    IReadOnlyList<ImportPreviewRow> ProblemRows,
    IReadOnlyList<ImportPreviewRow> DuplicateRows);
