namespace NetworkingCoach.Importing;

/// <summary>One CSV record with the line it starts on and any quoting problem CsvHelper recovered from.</summary>
internal sealed record CsvRecord(int LineNumber, string[] Fields, string? Problem);
