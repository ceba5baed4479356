namespace NetworkingCoach.Domain;

/// <summary>What an import did to a contact.</summary>
public enum ImportItemKind
{
    Created = 0,
    Merged = 1,
}
