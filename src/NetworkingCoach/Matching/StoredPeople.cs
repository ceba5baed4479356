using Microsoft.EntityFrameworkCore;
using NetworkingCoach.Data;

namespace NetworkingCoach.Matching;

/// <summary>
/// Finds the stored contacts one person may be, for the contact form and names gained at a meeting: SQL narrows
/// to contacts sharing an email domain and first letter, a phone's last digits, the profile or a word of the name;
/// <see cref="SamePersonMatcher.Compare"/> decides.
/// </summary>
public static class StoredPeople
{
    private const int CandidateLimit = 500;

    /// <summary>Every stored contact that matches, certain matches first.</summary>
    public static async Task<IReadOnlyList<(StoredPerson Person, SamePersonMatch Match)>> MatchAsync(
        AppDbContext db, SamePersonMatcher matcher, PersonKeys keys, int? excludeId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>();
        foreach (var email in keys.Emails)
        {
            var at = email.IndexOf('@');
            var domain = email[(at + 1)..];
            var first = email[..1];
            var query = domain == "gmail.com"
                ? db.ContactEmails.Where(e => e.NormalizedAddress.StartsWith(first) && (e.NormalizedAddress.EndsWith("@gmail.com") || e.NormalizedAddress.EndsWith("@googlemail.com")))
                : db.ContactEmails.Where(e => e.NormalizedAddress == email);
            ids.UnionWith(await query.Select(e => e.ContactId).OrderBy(id => id).Take(CandidateLimit).ToListAsync(cancellationToken));
        }

        foreach (var phone in keys.Phones)
        {
            var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
            var tail = "%" + digits[^Math.Min(7, digits.Length)..];
            ids.UnionWith(await db.ContactPhones
                .Where(p => EF.Functions.Like(p.Number.Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "").Replace(".", "").Replace("/", ""), tail))
                .Select(p => p.ContactId).OrderBy(id => id).Take(CandidateLimit).ToListAsync(cancellationToken));
        }

        if (keys.LinkedIn is { } profile)
        {
            ids.UnionWith(await db.Contacts.Where(c => c.LinkedInKey == profile).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (keys.Name.Length > 0)
        {
            // SearchText begins with the lower-cased name: a typo in one word still leaves the other to find it by.
            var words = keys.Name.Split(' ');
            var (firstWord, lastWord) = (words[0], words[^1]);
            ids.UnionWith(await db.Contacts
                .Where(c => c.SearchText.StartsWith(firstWord) || (lastWord.Length > 2 && c.SearchText.Contains(lastWord)))
                .Select(c => c.Id).OrderBy(id => id).Take(CandidateLimit).ToListAsync(cancellationToken));
        }

        if (excludeId is { } excluded)
        {
            ids.Remove(excluded);
        }

        var people = await LoadAsync(db, matcher, ids, cancellationToken);
        return people
            .Select(p => (Person: p, Match: SamePersonMatcher.Compare(keys, p.Keys)))
            .Where(x => x.Match is not null)
            .Select(x => (x.Person, x.Match!))
            .OrderByDescending(x => x.Item2.Confidence)
            .ThenBy(x => x.Item2.Rule)
            .ThenBy(x => x.Person.Id)
            .ToList();
    }

    /// <summary>The contacts with these ids and their keys.</summary>
    public static async Task<IReadOnlyList<StoredPerson>> LoadAsync(AppDbContext db, SamePersonMatcher matcher, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => list.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Name,
                Company = c.Company == null ? null : c.Company.Name,
                c.LinkedInUrl,
                Emails = c.Emails.Select(e => e.Address).ToList(),
                Phones = c.Phones.Select(p => p.Number).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return contacts
            .Select(c => new StoredPerson(c.Id, c.Name, c.Company, matcher.Keys(c.Name, c.Company, c.Emails, c.Phones, c.LinkedInUrl)))
            .ToList();
    }
}
