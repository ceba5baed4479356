using System.Text;

namespace NetworkingCoach.Importing;

/// <summary>Which contact field each column of a generic CSV file goes to, guessed from the header and overridable.</summary>
public sealed class ColumnMapping
{
    private static readonly Dictionary<string, ImportField> s_knownHeaders = BuildKnownHeaders();

    private readonly Dictionary<string, ImportField> _targets;

    public ColumnMapping(IEnumerable<KeyValuePair<string, ImportField>> targets)
    {
        _targets = new Dictionary<string, ImportField>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, field) in targets)
        {
            _targets[column.Trim()] = field;
        }
    }

    /// <summary>The field per column name, columns compared ignoring case and surrounding spaces.</summary>
    public IReadOnlyDictionary<string, ImportField> Targets => _targets;

    public ImportField this[string column] => _targets.GetValueOrDefault(column.Trim(), ImportField.Ignore);

    /// <summary>Whether a column gives the row a name or an email, without which no contact can be made.</summary>
    public bool HasIdentity => _targets.Values.Any(f => f is ImportField.Name or ImportField.FirstName or ImportField.LastName or ImportField.Email);

    /// <summary>Guesses a field for every column from its name; unknown columns are ignored.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> headers) =>
        new(headers.Where(h => h.Trim().Length > 0).Select(h => KeyValuePair.Create(h, GuessField(h))));

    /// <summary>Guesses the field of one column from its name ("E-mail", "Organisation", "Job title"...).</summary>
    public static ImportField GuessField(string header)
    {
        var key = Simplify(header);
        if (s_knownHeaders.TryGetValue(key, out var field))
        {
            return field;
        }

        var withoutDigits = new string(key.Where(c => !char.IsDigit(c)).ToArray());
        if (s_knownHeaders.TryGetValue(withoutDigits, out field))
        {
            return field;
        }

        if (key.Contains("email", StringComparison.Ordinal))
        {
            return ImportField.Email;
        }

        if (key.Contains("phone", StringComparison.Ordinal) || key.Contains("mobile", StringComparison.Ordinal))
        {
            return ImportField.Phone;
        }

        return key.Contains("linkedin", StringComparison.Ordinal) ? ImportField.LinkedInUrl : ImportField.Ignore;
    }

    /// <summary>
    /// Parses "Column=Field,Column=Field" (as typed on the command line). A column name may contain "=";
    /// the last one on each entry separates the field. Throws <see cref="FormatException"/> with the offending entry.
    /// </summary>
    public static ColumnMapping Parse(string text)
    {
        var targets = new List<KeyValuePair<string, ImportField>>();
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.LastIndexOf('=');
            if (equals <= 0)
            {
                throw new FormatException($"\"{entry}\" is not of the form Column=Field.");
            }

            var column = entry[..equals].Trim();
            var fieldName = entry[(equals + 1)..].Trim();
            if (!Enum.TryParse<ImportField>(fieldName, ignoreCase: true, out var field) || !Enum.IsDefined(field) || int.TryParse(fieldName, out _))
            {
                throw new FormatException(
                    $"\"{fieldName}\" in \"{entry}\" is not a field; use one of {string.Join(", ", Enum.GetNames<ImportField>())}.");
            }

            targets.Add(KeyValuePair.Create(column, field));
        }

        return new ColumnMapping(targets);
    }

    /// <summary>A copy with the given columns mapped as in <paramref name="overrides"/>, the rest unchanged.</summary>
    public ColumnMapping With(ColumnMapping overrides) =>
        new(_targets.Concat(overrides._targets).GroupBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()));

    public ColumnMapping With(string column, ImportField field) => With(new ColumnMapping([KeyValuePair.Create(column, field)]));

    /// <summary>The mapping in the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => string.Join(",", _targets.Select(t => $"{t.Key}={t.Value}"));

    /// <summary>Lower-cased letters and digits only, so "E-mail address" and "Email Address" agree.</summary>
    internal static string Simplify(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, ImportField> BuildKnownHeaders()
    {
        var map = new Dictionary<string, ImportField>();
        void Add(ImportField field, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = field;
            }
        }

        Add(ImportField.Name, "name", "fullname", "displayname", "contact", "contactname", "person", "personname");
        Add(ImportField.FirstName, "firstname", "givenname", "forename", "first");
        Add(ImportField.MiddleName, "middlename", "additionalname", "middle");
        Add(ImportField.LastName, "lastname", "surname", "familyname", "last");
        Add(ImportField.Email, "email", "emails", "emailaddress", "emailaddresses", "mail", "emailaddr");
        Add(ImportField.Phone, "phone", "phones", "phonenumber", "phonenumbers", "telephone", "tel", "mobile", "cell", "cellphone", "mobilephone", "mobilenumber");
        Add(ImportField.Company, "company", "companyname", "organisation", "organization", "organisationname", "organizationname", "org", "employer", "firm");
        Add(ImportField.Title, "title", "jobtitle", "role", "position", "occupation", "jobrole");
        Add(ImportField.Location, "location", "city", "town", "place", "basedin");
        Add(ImportField.LinkedInUrl, "linkedin", "linkedinurl", "linkedinprofile", "linkedinprofileurl", "profileurl", "profile", "url");
        Add(ImportField.HowWeMet, "howwemet", "howmet", "met", "metat", "metthrough", "source", "context");
        Add(ImportField.KnownSince, "knownsince", "since", "connectedon", "datemet", "firstmet", "metdate");
        Add(ImportField.Birthday, "birthday", "bday", "birthdate", "dateofbirth", "dob", "born");
        Add(ImportField.Closeness, "closeness", "strength", "tiestrength");
        Add(ImportField.Notes, "notes", "note", "comments", "comment", "remarks", "description");
        Add(ImportField.Tags, "tags", "tag", "labels", "label", "groups", "group", "categories", "category", "groupmembership");
        return map;
    }
}
