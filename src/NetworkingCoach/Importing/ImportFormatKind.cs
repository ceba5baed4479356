namespace NetworkingCoach.Importing;

/// <summary>The kinds of contact file the importer understands.</summary>
public enum ImportFormatKind
{
    LinkedIn = 0,
    Google = 1,
    Outlook = 2,
    VCard = 3,
    Csv = 4,
}
