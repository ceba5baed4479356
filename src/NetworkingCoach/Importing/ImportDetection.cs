using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>What the importer found at the start of a file: enough to confirm the format and preview the rows.</summary>
public sealed record ImportDetection(
    ImportFormatKind Format,
    Encoding Encoding,
    char Delimiter,
    IReadOnlyList<string> Headers,
    int HeaderLineNumber,
    ColumnMapping? Mapping,
    IReadOnlyList<ImportedRow> Preview);
