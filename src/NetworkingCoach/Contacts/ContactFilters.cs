using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Turns a <see cref="ContactQuery"/> into SQL-translatable filters and ordering.</summary>
internal static class ContactFilters
{
    public static IQueryable<Contact> Apply(IQueryable<Contact> contacts, ContactQuery query)
    {
        contacts = query.Archived switch
        {
            ArchiveFilter.Active => contacts.Where(c => !c.IsArchived),
            ArchiveFilter.Archived => contacts.Where(c => c.IsArchived),
            _ => contacts,
        };

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            foreach (var word in query.Search.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                contacts = contacts.Where(c => c.SearchText.Contains(word));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = ContactKeys.NormalizeName(query.Tag);
            contacts = contacts.Where(c => c.Tags.Any(t => t.Tag.NormalizedName == tag));
        }

        if (query.Closeness is { } closeness)
        {
            contacts = contacts.Where(c => c.Closeness == closeness);
        }

        foreach (var (field, raw) in query.ColumnFilters)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var text = raw.Trim().ToLower();
            contacts = field switch
            {
                nameof(ContactSortField.Name) => contacts.Where(c => c.Name.ToLower().Contains(text)),
                nameof(ContactSortField.Company) => contacts.Where(c => c.Company != null && c.Company.Name.ToLower().Contains(text)),
                nameof(ContactSortField.Title) => contacts.Where(c => c.Title != null && c.Title.ToLower().Contains(text)),
                nameof(ContactSortField.Location) => contacts.Where(c => c.Location != null && c.Location.ToLower().Contains(text)),
                "Tags" => contacts.Where(c => c.Tags.Any(t => t.Tag.NormalizedName.Contains(text))),
                _ => contacts,
            };
        }

        return contacts;
    }

    public static IQueryable<Contact> Sort(IQueryable<Contact> contacts, ContactSortField field, bool descending)
    {
        var ordered = field switch
        {
            ContactSortField.Company => Order(contacts, c => c.Company == null ? null : c.Company.Name, descending),
            ContactSortField.Title => Order(contacts, c => c.Title, descending),
            ContactSortField.Location => Order(contacts, c => c.Location, descending),
            ContactSortField.Closeness => Order(contacts, c => c.Closeness, descending),
            ContactSortField.KnownSince => Order(contacts, c => c.KnownSince, descending),
            ContactSortField.LastTouchpoint => Order(contacts, c => c.Touchpoints.Max(t => (DateTime?)t.OccurredAt), descending),
            ContactSortField.UpdatedAt => Order(contacts, c => c.UpdatedAt, descending),
            _ => Order(contacts, c => c.Name, descending),
        };
        return ordered.ThenBy(c => c.Id);
    }

    private static IOrderedQueryable<Contact> Order<TKey>(IQueryable<Contact> contacts, System.Linq.Expressions.Expression<Func<Contact, TKey>> key, bool descending) =>
        descending ? contacts.OrderByDescending(key) : contacts.OrderBy(key);
}
