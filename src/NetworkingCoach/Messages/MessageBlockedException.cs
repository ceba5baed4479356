namespace NetworkingCoach.Messages;

/// <summary>The coach blocked this message; it may not be sent, opened in the mail app or copied until it is changed.</summary>
public class MessageBlockedException(string message) : UserFacingException(message);
