using System.Text.Json;

namespace NetworkingCoach.Importing;

/// <summary>
/// What <see cref="Domain.ImportBatchItem.Before"/> holds, as JSON: the merged contact's previous state, and the
/// companies and tags the import created for this contact, which an undo removes when nobody else uses them.
/// </summary>
public sealed record ImportItemRecord
{
    public ContactSnapshot? Contact { get; init; }
    public IReadOnlyList<int> CreatedCompanyIds { get; init; } = [];
    public IReadOnlyList<int> CreatedTagIds { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ImportItemRecord FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new ImportItemRecord() : JsonSerializer.Deserialize<ImportItemRecord>(json) ?? new ImportItemRecord();
}
