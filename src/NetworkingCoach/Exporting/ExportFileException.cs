namespace NetworkingCoach.Exporting;

/// <summary>An everything-export file that cannot be loaded, with the reason for the user; nothing was written.</summary>
public sealed class ExportFileException(string message) : UserFacingException(message);
