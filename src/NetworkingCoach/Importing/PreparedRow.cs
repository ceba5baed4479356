using NetworkingCoach.Matching;

namespace NetworkingCoach.Importing;

/// <summary>A row with what is worked out before any lock is taken: its problems (a rejected row), else its keys.</summary>
internal sealed record PreparedRow(ImportedRow Row, string? Problems, PersonKeys? Keys);
