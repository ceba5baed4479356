namespace NetworkingCoach.Contacts;

/// <summary>One page of the contact list: quick search, column filters, sort and paging.</summary>
public sealed record ContactQuery
{
    public string? Search { get; init; }
    public string? Tag { get; init; }
    public ArchiveFilter Archived { get; init; } = ArchiveFilter.Active;

    /// <summary>"Contains" filters per column, keyed by <see cref="ContactSortField"/> name (Name, Company, Title, Location, Tags).</summary>
    public IReadOnlyDictionary<string, string> ColumnFilters { get; init; } = new Dictionary<string, string>();
    public int? Closeness { get; init; }

    /// <summary>Only contacts whose computed tie is of this tier.</summary>
    public NetworkingCoach.Coaching.TieTier? Tier { get; init; }

    /// <summary>Only contacts with a current flag from this rule (its id, e.g. "neglected-relationship").</summary>
    public string? FlagRuleId { get; init; }
    public ContactSortField SortBy { get; init; } = ContactSortField.Name;
    public bool Descending { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 25;
}
