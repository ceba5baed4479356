namespace NetworkingCoach.Data;

/// <summary>
/// Values computed from the store, kept until anything is written (<see cref="DataChangeCounter"/>).
/// One computation at a time, so concurrent page views share the work instead of repeating it.
/// </summary>
public sealed class ChangeAwareCache<T>(DataChangeCounter changes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, T> _entries = [];
    private long _version = -1;

    /// <summary>The cached value for <paramref name="key"/>, computed by <paramref name="create"/> when missing or stale.</summary>
    public async Task<T> GetOrCreateAsync(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read inside the gate so the version this cache holds only ever moves forward.
            var version = changes.Version;
            if (version != _version)
            {
                _entries.Clear();
                _version = version;
            }

            if (_entries.TryGetValue(key, out var hit))
            {
                return hit;
            }

            var value = await create(cancellationToken);
            if (changes.Version == version)
            {
                _entries[key] = value;
            }

            return value;
        }
        finally
        {
            _gate.Release();
        }
    }
}
