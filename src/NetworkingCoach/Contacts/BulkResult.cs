namespace NetworkingCoach.Contacts;

/// <summary>What a bulk action did: how many contacts were asked for, changed, already as wanted, or gone.</summary>
public sealed record BulkResult(int Requested, int Changed, int Unchanged, int NotFound);
