namespace NetworkingCoach.Importing;

/// <summary>A row that repeats an earlier row of the same file, and why.</summary>
public sealed record DuplicateMatch(int LineNumber, int FirstLineNumber, DuplicateKind Kind, string Reason);
