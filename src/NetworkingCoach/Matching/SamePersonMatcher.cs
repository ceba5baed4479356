using NetworkingCoach.Domain;
using PhoneNumbers;

namespace NetworkingCoach.Matching;

/// <summary>
/// The one answer to "is this the same person?", used by the contact form, names gained at a meeting, the
/// importer and the in-file duplicate finder. Certain (merged without asking): a shared email, phone or LinkedIn
/// profile, or the same full name at the same company with nothing contradicting it. Likely (the user reviews):
/// the same name with a different or missing company or contradicting identifiers, or a name one letter off at
/// the same company. The rules are documented in docs/decisions/ADR-013-same-person-matcher.md.
/// </summary>
public sealed class SamePersonMatcher(string? defaultRegion)
{
    /// <summary>Names shorter than this are too common to call a one-letter difference a typo.</summary>
    public const int CloseSpellingMinLength = 8;

    private static readonly PhoneNumberUtil s_phones = PhoneNumberUtil.GetInstance();

    private readonly string _region = string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.Trim().ToUpperInvariant();

    /// <summary>The region national numbers (without a leading +) are read in; "ZZ" when there is none.</summary>
    public string Region => _region;

    /// <summary>
    /// Lower-cases and trims an address; for gmail.com and googlemail.com, which ignore them, also drops dots
    /// and a +tag from the local part and folds googlemail.com into gmail.com.
    /// </summary>
    public static string NormalizeEmail(string? email)
    {
        var address = ContactKeys.NormalizeEmail(email);
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return address;
        }

        var domain = address.AsSpan(at + 1);
        if (!(domain.SequenceEqual("gmail.com") || domain.SequenceEqual("googlemail.com")))
        {
            return address;
        }

        var local = address[..at];
        var plus = local.IndexOf('+');
        if (plus >= 0)
        {
            local = local[..plus];
        }

        return local.Replace(".", "", StringComparison.Ordinal) + "@gmail.com";
    }

    /// <summary>
    /// The number in E.164 (+441632960001), national numbers read in the default region. A number that does not
    /// parse is compared by its digits when it has at least seven; shorter scraps are no key at all.
    /// </summary>
    public string? NormalizePhone(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        try
        {
            var parsed = s_phones.Parse(number, _region);
            if (s_phones.IsPossibleNumber(parsed))
            {
                return s_phones.Format(parsed, PhoneNumberFormat.E164);
            }
        }
        catch (NumberParseException)
        {
            // Not a number libphonenumber understands here: fall back to its digits below.
        }

        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 7 ? "digits:" + digits : null;
    }

    /// <summary>Reduces a LinkedIn profile URL to linkedin.com/in/slug (scheme, www or locale host, query and trailing slash ignored).</summary>
    public static string? NormalizeLinkedIn(string? url) => ContactKeys.CanonicalLinkedInUrl(url);

    /// <summary>The key a company name is compared by (case, accents, spacing and punctuation folded).</summary>
    public static string CompanyKey(string? company) => ContactKeys.NormalizeName(company);

    /// <summary>Works out a person's keys once, to compare or index.</summary>
    public PersonKeys Keys(string? name, string? company, IEnumerable<string?> emails, IEnumerable<string?> phones, string? linkedIn) => new(
        ContactKeys.NormalizeName(name),
        CompanyKey(company),
        Distinct(emails.Select(NormalizeEmail)),
        Distinct(phones.Select(NormalizePhone)),
        NormalizeLinkedIn(linkedIn));

    /// <summary>Compares two people; null when nothing suggests they are the same.</summary>
    public static SamePersonMatch? Compare(PersonKeys a, PersonKeys b)
    {
        if (Shared(a.Emails, b.Emails) is { } email)
        {
            return new SamePersonMatch(MatchConfidence.Same, MatchRule.Email, $"same email {Shown(email)}");
        }

        if (Shared(a.Phones, b.Phones) is { } phone)
        {
            return new SamePersonMatch(MatchConfidence.Same, MatchRule.Phone, $"same phone {Shown(phone)}");
        }

        if (a.LinkedIn is not null && a.LinkedIn == b.LinkedIn)
        {
            return new SamePersonMatch(MatchConfidence.Same, MatchRule.LinkedIn, "same LinkedIn profile");
        }

        if (a.Name.Length == 0 || b.Name.Length == 0)
        {
            return null;
        }

        if (a.Name == b.Name)
        {
            if (a.Company != b.Company)
            {
                return new SamePersonMatch(
                    MatchConfidence.Likely,
                    MatchRule.SameNameOnly,
                    a.Company.Length == 0 || b.Company.Length == 0 ? "same name, one without a company" : "same name at a different company");
            }

            return Contradiction(a, b) is { } contradiction
                ? new SamePersonMatch(MatchConfidence.Likely, MatchRule.SameNameOnly, $"same name and company, but {contradiction}")
                : new SamePersonMatch(MatchConfidence.Same, MatchRule.NameAndCompany, a.Company.Length == 0 ? "same name, no company on either" : "same name and company");
        }

        return a.Company == b.Company && IsCloseSpelling(a.Name, b.Name)
            ? new SamePersonMatch(MatchConfidence.Likely, MatchRule.CloseSpelling, "names one letter apart" + (a.Company.Length == 0 ? "" : " at the same company"))
            : null;
    }

    /// <summary>True when two normalised names are one insertion, deletion, substitution or swap of neighbours apart.</summary>
    public static bool IsCloseSpelling(string a, string b)
    {
        if (a == b || a.Length < CloseSpellingMinLength || b.Length < CloseSpellingMinLength || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length - 1;
        var endB = b.Length - 1;
        while (endA >= start && endB >= start && a[endA] == b[endB])
        {
            endA--;
            endB--;
        }

        var restA = endA - start + 1;
        var restB = endB - start + 1;
        if (restA <= 1 && restB <= 1)
        {
            return true;
        }

        return restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
    }

    private static string? Contradiction(PersonKeys a, PersonKeys b)
    {
        if (a.LinkedIn is not null && b.LinkedIn is not null)
        {
            return "different LinkedIn profiles";
        }

        if (a.Emails.Count > 0 && b.Emails.Count > 0)
        {
            return "different emails";
        }

        return a.Phones.Count > 0 && b.Phones.Count > 0 ? "different phones" : null;
    }

    private static string? Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return null;
        }

        foreach (var key in a)
        {
            if (b.Contains(key))
            {
                return key;
            }
        }

        return null;
    }

    private static string Shown(string key) => key.StartsWith("digits:", StringComparison.Ordinal) ? key["digits:".Length..] : key;

    private static IReadOnlyList<string> Distinct(IEnumerable<string?> keys)
    {
        List<string>? list = null;
        foreach (var key in keys)
        {
            if (!string.IsNullOrEmpty(key) && (list is null || !list.Contains(key)))
            {
                (list ??= []).Add(key);
            }
        }

        return list ?? (IReadOnlyList<string>)[];
    }
}
