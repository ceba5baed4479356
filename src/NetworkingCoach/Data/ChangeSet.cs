namespace NetworkingCoach.Data;

/// <summary>What a write touched, as far as the coach cares: the contacts whose histories changed, or everything.</summary>
public sealed class ChangeSet
{
    public static readonly ChangeSet None = new(false, new HashSet<int>());
    public static readonly ChangeSet Everything = new(true, new HashSet<int>());

    private ChangeSet(bool isEverything, IReadOnlySet<int> contactIds)
    {
        IsEverything = isEverything;
        ContactIds = contactIds;
    }

    /// <summary>Settings, tag cadences, imports, bulk statements and other processes' commits: anything may have changed.</summary>
    public bool IsEverything { get; }

    public IReadOnlySet<int> ContactIds { get; }

    public bool IsEmpty => !IsEverything && ContactIds.Count == 0;

    public static ChangeSet Of(IEnumerable<int> contactIds)
    {
        var ids = contactIds.Where(id => id > 0).ToHashSet();
        return ids.Count == 0 ? None : new ChangeSet(false, ids);
    }

    public ChangeSet Union(ChangeSet other) =>
        IsEverything || other.IsEverything ? Everything
        : other.IsEmpty ? this
        : IsEmpty ? other
        : new ChangeSet(false, ContactIds.Concat(other.ContactIds).ToHashSet());
}
