using NetworkingCoach.Domain;

namespace NetworkingCoach.Contacts;

/// <summary>Builds the lower-cased text quick search looks in: name, company and emails.</summary>
public static class ContactSearchText
{
    public static string Build(string name, string? company, IEnumerable<string> normalizedEmails)
    {
        var text = string.Join(' ', new[] { name, company ?? "" }.Concat(normalizedEmails).Where(s => !string.IsNullOrWhiteSpace(s)))
            .ToLowerInvariant();
        return text.Length <= FieldLimits.SearchText ? text : text[..FieldLimits.SearchText];
    }
}
