namespace NetworkingCoach.Backups;

/// <summary>A backup or restore that did not happen, with a message for the user; nothing was changed.</summary>
public sealed class BackupException(string message, Exception? inner = null) : UserFacingException(message, inner);
