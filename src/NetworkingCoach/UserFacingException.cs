namespace NetworkingCoach;

/// <summary>
/// A refusal or failure the user can read and act on; its message is written for them. Pages show
/// it as it is, instead of each page knowing every feature's exceptions.
/// </summary>
public class UserFacingException(string message, Exception? inner = null) : Exception(message, inner);
