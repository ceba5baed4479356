using NetworkingCoach.Contacts;

namespace NetworkingCoach.Importing;

/// <summary>Turns an imported row into the <see cref="ContactInput"/> the contact form would produce, so the same rules judge it.</summary>
internal static class ImportRowInput
{
    public static ContactInput From(ImportedRow row) => new()
    {
        Name = row.Name,
        Company = row.Company,
        Title = row.Title,
        Location = row.Location,
        HowWeMet = row.HowWeMet,
        KnownSince = row.KnownSince,
        Birthday = row.Birthday,
        Closeness = row.Closeness,
        LinkedInUrl = row.LinkedInUrl,
        Notes = row.Notes,
        Tags = row.Tags.Count == 0 ? null : string.Join(", ", row.Tags),
        Emails = row.Emails.Select(e => new Contacts.LabeledValue { Value = e.Value, Label = e.Label }).ToList(),
        Phones = row.Phones.Select(p => new Contacts.LabeledValue { Value = p.Value, Label = p.Label }).ToList(),
    };

    /// <summary>The row's problems: those found while reading it, then the contact rules it breaks.</summary>
    public static List<string> Problems(ImportedRow row, ContactInputValidator validator)
    {
        var problems = new List<string>(row.Problems);
        var result = validator.Validate(From(row));
        foreach (var error in result.Errors)
        {
            if (!problems.Contains(error.ErrorMessage) && !(error.ErrorMessage == "Enter a name." && problems.Contains("No name.")))
            {
                problems.Add(error.ErrorMessage);
            }
        }

        return problems;
    }
}
