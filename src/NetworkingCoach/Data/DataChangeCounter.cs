namespace NetworkingCoach.Data;

/// <summary>
/// Counts writes to the store, so computed views (tie strengths, flags) know when to recompute, and remembers
/// which contacts the recent writes touched, so the coach can recompute only those. Commits made by other
/// processes (the CLI) are noticed through the <see cref="ExternalChangeWatcher"/> and count as changing everything.
/// </summary>
public sealed class DataChangeCounter
{
    /// <summary>Change sets remembered; a reader further behind recomputes everything.</summary>
    public const int LogSize = 1024;

    private readonly ExternalChangeWatcher? _watcher;
    private readonly Lock _gate = new();
    private readonly Queue<(long Version, ChangeSet Changes)> _log = new();
    private long _version;

    public DataChangeCounter()
    {
    }

    public DataChangeCounter(ExternalChangeWatcher watcher)
    {
        _watcher = watcher;
    }

    /// <summary>Moves whenever the store changed, here or (noticed within a poll interval) in another process.</summary>
    public long Version
    {
        get
        {
            if (_watcher?.SawOtherWriters() == true)
            {
                Record(ChangeSet.Everything);
            }

            return Interlocked.Read(ref _version);
        }
    }

    /// <summary>A write whose reach is unknown.</summary>
    public void Increment() => Record(ChangeSet.Everything);

    /// <summary>A write made by this process touching <paramref name="changes"/>.</summary>
    public void Record(ChangeSet changes)
    {
        lock (_gate)
        {
            var version = Interlocked.Increment(ref _version);
            _log.Enqueue((version, changes));
            while (_log.Count > LogSize)
            {
                _log.Dequeue();
            }
        }
    }

    /// <summary>This process committed: the store's next change counter reading is its own doing, not another writer's.</summary>
    public void Committed() => _watcher?.Acknowledge();

    /// <summary>Everything written after <paramref name="version"/>, or <see cref="ChangeSet.Everything"/> when that is no longer remembered.</summary>
    public ChangeSet ChangesSince(long version)
    {
        lock (_gate)
        {
            var current = Interlocked.Read(ref _version);
            if (version >= current)
            {
                return ChangeSet.None;
            }

            if (_log.Count == 0 || _log.Peek().Version > version + 1)
            {
                return ChangeSet.Everything;
            }

            var changes = ChangeSet.None;
            foreach (var (at, set) in _log)
            {
                if (at > version)
                {
                    changes = changes.Union(set);
                    if (changes.IsEverything)
                    {
                        break;
                    }
                }
            }

            return changes;
        }
    }
}
