namespace NetworkingCoach.Importing;

/// <summary>A row the import skipped, with its fields as read so it can be fixed and imported again.</summary>
public sealed record RejectedRow(int LineNumber, IReadOnlyList<string> RawFields, string Problem);
