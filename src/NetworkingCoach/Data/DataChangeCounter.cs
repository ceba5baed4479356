namespace NetworkingCoach.Data;

/// <summary>Counts writes to the store, so computed views (tie strengths, flags) know when to recompute.</summary>
public sealed class DataChangeCounter
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Increment() => Interlocked.Increment(ref _version);
}
