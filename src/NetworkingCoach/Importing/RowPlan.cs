namespace NetworkingCoach.Importing;

/// <summary>What the import decided for one row, and the contact it goes to.</summary>
internal sealed record RowPlan(ImportedRow Row, ImportRowOutcome Outcome, ImportTarget? Target, string? Detail);
