namespace NetworkingCoach.Importing;

/// <summary>Turns the fields of one CSV record into an <see cref="ImportedRow"/>, for a header it was bound to.</summary>
public interface ICsvRowMapper
{
    ImportFormatKind Kind { get; }

    ImportedRow Map(int lineNumber, IReadOnlyList<string> fields);
}
