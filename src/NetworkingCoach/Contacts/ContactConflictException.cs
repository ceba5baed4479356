namespace NetworkingCoach.Contacts;

/// <summary>The contact changed since the user opened it; their edit was not saved.</summary>
public class ContactConflictException(string message) : UserFacingException(message);
