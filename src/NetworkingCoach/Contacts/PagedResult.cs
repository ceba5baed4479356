namespace NetworkingCoach.Contacts;

/// <summary>One page of items and how many there are in all.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
