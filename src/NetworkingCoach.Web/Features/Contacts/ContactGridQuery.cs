using MudBlazor;
using NetworkingCoach.Contacts;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>Translates the grid's page and sort, plus the page's filters, into a <see cref="ContactQuery"/> the store answers.</summary>
public static class ContactGridQuery
{
    // The sortable columns hand the grid these functions: plain template columns, because a property column compiles
    // its expression afresh for every page rendered, which cost more processor time than the rest of the page.
    public static readonly Func<ContactListItem, object?> ByName = c => c.Name;
    public static readonly Func<ContactListItem, object?> ByCompany = c => c.Company ?? "";
    public static readonly Func<ContactListItem, object?> ByTie = c => c.Tie?.Score ?? -1;
    public static readonly Func<ContactListItem, object?> ByFlags = c => c.FlagRuleIds.Count;
    public static readonly Func<ContactListItem, object?> ByLastTouchpoint = c => c.LastTouchpointAt ?? DateTime.MinValue;

    private static readonly Dictionary<Func<ContactListItem, object?>, ContactSortField> s_fields = new()
    {
        [ByName] = ContactSortField.Name,
        [ByCompany] = ContactSortField.Company,
        [ByTie] = ContactSortField.TieStrength,
        [ByFlags] = ContactSortField.Flags,
        [ByLastTouchpoint] = ContactSortField.LastTouchpoint,
    };

    public static ContactQuery From(GridState<ContactListItem> state, ContactQuery filters)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return filters with
        {
            SortBy = sort?.SortFunc is { } by && s_fields.TryGetValue(by, out var field) ? field : ContactSortField.Name,
            Descending = sort?.Descending ?? false,
            Skip = state.Page * state.PageSize,
            Take = state.PageSize,
        };
    }
}
