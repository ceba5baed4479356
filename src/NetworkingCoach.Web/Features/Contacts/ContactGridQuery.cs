using MudBlazor;
using NetworkingCoach.Contacts;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>Translates the grid's page and sort, plus the page's filters, into a <see cref="ContactQuery"/> the store answers.</summary>
public static class ContactGridQuery
{
    public static ContactQuery From(GridState<ContactListItem> state, ContactQuery filters)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return filters with
        {
            SortBy = ToSortField(sort?.SortBy),
            Descending = sort?.Descending ?? false,
            Skip = state.Page * state.PageSize,
            Take = state.PageSize,
        };
    }

    private static ContactSortField ToSortField(string? property) => property switch
    {
        nameof(ContactListItem.Company) => ContactSortField.Company,
        nameof(ContactListItem.Title) => ContactSortField.Title,
        nameof(ContactListItem.Location) => ContactSortField.Location,
        nameof(ContactListItem.Closeness) => ContactSortField.Closeness,
        nameof(ContactListItem.LastTouchpointAt) => ContactSortField.LastTouchpoint,
        nameof(ContactListItem.Tie) => ContactSortField.TieStrength,
        nameof(ContactListItem.FlagRuleIds) => ContactSortField.Flags,
        _ => ContactSortField.Name,
    };
}
