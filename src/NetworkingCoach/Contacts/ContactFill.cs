using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>
/// The merge rules shared by imports and the manual merge: fill what is empty, add emails and phones that
/// differ, and never overwrite a value that is already there.
/// </summary>
internal static class ContactFill
{
    /// <summary>Fills the contact's empty fields from the given values; true when anything changed.</summary>
    public static bool FillEmpty(
        Contact contact, string? title, string? location, string? howWeMet, DateOnly? knownSince, int? closeness, string? notes, string? linkedInUrl,
        DateOnly? birthday = null)
    {
        var changed = false;
        contact.Title = Fill(contact.Title, title, ref changed);
        contact.Location = Fill(contact.Location, location, ref changed);
        contact.HowWeMet = Fill(contact.HowWeMet, howWeMet, ref changed);
        contact.Notes = Fill(contact.Notes, notes, ref changed);
        if (contact.KnownSince is null && knownSince is not null)
        {
            contact.KnownSince = knownSince;
            changed = true;
        }

        if (contact.Birthday is null && birthday is not null)
        {
            contact.Birthday = birthday;
            changed = true;
        }

        if (contact.Closeness is null && closeness is not null)
        {
            contact.Closeness = closeness;
            changed = true;
        }

        if (contact.LinkedInUrl is null && Clean(linkedInUrl) is { } url)
        {
            contact.LinkedInUrl = url;
            contact.LinkedInKey = ContactKeys.CanonicalLinkedInUrl(url);
            changed = true;
        }

        return changed;
    }

    /// <summary>Adds the addresses the contact does not have yet (compared normalised), up to the limit; true when any was added.</summary>
    public static bool AddEmails(Contact contact, IEnumerable<(string Value, string? Label)> emails)
    {
        var changed = false;
        foreach (var (value, label) in emails)
        {
            var normalized = ContactKeys.NormalizeEmail(value);
            if (normalized.Length == 0 || contact.Emails.Count >= FieldLimits.MaxEmailsPerContact
                || contact.Emails.Any(e => e.NormalizedAddress == normalized))
            {
                continue;
            }

            contact.Emails.Add(new ContactEmail
            {
                Address = value.Trim(),
                NormalizedAddress = normalized,
                Label = Clean(label),
                Position = contact.Emails.Count == 0 ? 0 : contact.Emails.Max(e => e.Position) + 1,
            });
            changed = true;
        }

        return changed;
    }

    /// <summary>Adds the numbers the contact does not have yet (compared by their digits), up to the limit; true when any was added.</summary>
    public static bool AddPhones(Contact contact, IEnumerable<(string Value, string? Label)> phones)
    {
        var changed = false;
        foreach (var (value, label) in phones)
        {
            var digits = Digits(value);
            if (digits.Length == 0 || contact.Phones.Count >= FieldLimits.MaxPhonesPerContact
                || contact.Phones.Any(p => Digits(p.Number) == digits))
            {
                continue;
            }

            contact.Phones.Add(new ContactPhone
            {
                Number = value.Trim(),
                Label = Clean(label),
                Position = contact.Phones.Count == 0 ? 0 : contact.Phones.Max(p => p.Position) + 1,
            });
            changed = true;
        }

        return changed;
    }

    public static void RefreshSearchText(Contact contact, string? companyName) =>
        contact.SearchText = ContactSearchText.Build(
            contact.Name, companyName, contact.Emails.Count < 2 ? contact.Emails.Select(e => e.NormalizedAddress) : contact.Emails.OrderBy(e => e.Position).Select(e => e.NormalizedAddress));

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Fill(string? current, string? incoming, ref bool changed)
    {
        if (current is not null || Clean(incoming) is not { } value)
        {
            return current;
        }

        changed = true;
        return value;
    }

    private static string Digits(string value) => new(value.Where(char.IsDigit).ToArray());
}
