namespace NetworkingCoach.Contacts;

/// <summary>Which contacts a list shows by archive state.</summary>
public enum ArchiveFilter
{
    Active,
    Archived,
    All,
}
