namespace NetworkingCoach.Domain;

/// <summary>One import of one file: all of it lands or none of it, and it can be undone.</summary>
public class ImportBatch
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    public string Format { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int RowCount { get; set; }
    public int CreatedCount { get; set; }
    public int MergedCount { get; set; }
    public int DuplicateCount { get; set; }
    public int ErrorCount { get; set; }
    public DateTime? UndoneAt { get; set; }
    public List<ImportBatchItem> Items { get; set; } = [];
}
