namespace NetworkingCoach.Contacts;

/// <summary>A contact loaded for editing, with the version the edit is based on.</summary>
public sealed record ContactEditModel(int Id, ContactInput Input, long Version);
