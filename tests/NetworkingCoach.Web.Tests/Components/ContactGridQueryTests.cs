using MudBlazor;
using NetworkingCoach.Contacts;
using NetworkingCoach.Web.Features.Contacts;

namespace NetworkingCoach.Web.Tests.Components;

public class ContactGridQueryTests
{
    public static TheoryData<string, ContactSortField> Columns => new()
    {
        { nameof(ContactGridQuery.ByName), ContactSortField.Name },
        { nameof(ContactGridQuery.ByCompany), ContactSortField.Company },
        { nameof(ContactGridQuery.ByTie), ContactSortField.TieStrength },
        { nameof(ContactGridQuery.ByFlags), ContactSortField.Flags },
        { nameof(ContactGridQuery.ByLastTouchpoint), ContactSortField.LastTouchpoint },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void Sorting_a_column_asks_the_store_for_its_field_in_the_direction_chosen(string column, ContactSortField field)
    {
        var sortBy = (Func<ContactListItem, object?>)typeof(ContactGridQuery).GetField(column)!.GetValue(null)!;
        var state = new GridState<ContactListItem>
        {
            Page = 2,
            PageSize = 25,
            SortDefinitions = [new SortDefinition<ContactListItem>(Guid.NewGuid().ToString(), true, 0, sortBy)],
        };

        var query = ContactGridQuery.From(state, new ContactQuery { Search = "ana" });

        Assert.Equal((field, true, 50, 25, "ana"), (query.SortBy, query.Descending, query.Skip, query.Take, query.Search));
    }
}
