namespace NetworkingCoach.Contacts;

/// <summary>The contact does not exist (any more).</summary>
public class ContactNotFoundException(int id) : UserFacingException($"Contact {id} no longer exists; it may have been deleted.");
