using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>A contact rows can match: one already stored, or one this import creates.</summary>
internal sealed class ImportTarget(int id, string name, int firstLine)
{
    /// <summary>The stored id; 0 while a contact created by the import is not saved yet.</summary>
    public int Id { get; set; } = id;
    public string Name { get; } = name;

    /// <summary>The line that created it, or 0 for a contact that was already there.</summary>
    public int FirstLine { get; } = firstLine;
    public bool CreatedByImport => FirstLine > 0;

    /// <summary>The contact being created, until it is saved.</summary>
    public Contact? Pending { get; set; }

    public string Describe() => CreatedByImport ? $"line {FirstLine} ({Name})" : Name;
}
