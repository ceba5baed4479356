namespace NetworkingCoach.Importing;

/// <summary>The contact field a column of a generic CSV file is read into.</summary>
public enum ImportField
{
    Ignore = 0,
    Name,
    FirstName,
    MiddleName,
    LastName,
    Email,
    Phone,
    Company,
    Title,
    Location,
    LinkedInUrl,
    HowWeMet,
    KnownSince,
    Closeness,
    Notes,
    Tags,
    Birthday,
}
