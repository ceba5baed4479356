using NetworkingCoach.Contacts;
using Radzen;

namespace NetworkingCoach.Web.Features.Contacts;

/// <summary>Translates the Radzen grid's paging, sorting and column filters into a <see cref="ContactQuery"/>.</summary>
public static class ContactGridQuery
{
    public static ContactQuery From(LoadDataArgs args, string? search, string? tag, ArchiveFilter archived, NetworkingCoach.Coaching.TieTier? tier = null, string? flagRuleId = null)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        var filters = (args.Filters ?? [])
            .Where(f => f.Property is not null && !string.IsNullOrWhiteSpace(f.FilterValue?.ToString()))
            .ToDictionary(f => f.Property!, f => f.FilterValue!.ToString() ?? "");

        return new ContactQuery
        {
            Search = search,
            Tag = tag,
            Archived = archived,
            Tier = tier,
            FlagRuleId = flagRuleId,
            ColumnFilters = filters,
            SortBy = ToSortField(sort?.Property),
            Descending = sort?.SortOrder == SortOrder.Descending,
            Skip = args.Skip ?? 0,
            Take = args.Top ?? 25,
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
