namespace NetworkingCoach.Domain;

/// <summary>A contact an import created or merged into, with what is needed to undo it.</summary>
public class ImportBatchItem
{
    public int Id { get; set; }
    public int ImportBatchId { get; set; }
    public int ContactId { get; set; }
    public ImportItemKind Kind { get; set; }

    /// <summary>The contact's version right after the import; a later edit blocks the undo.</summary>
    public long ContactVersionAfter { get; set; }

    /// <summary>For a merge, the contact as it was before, as JSON.</summary>
    public string? Before { get; set; }
}
