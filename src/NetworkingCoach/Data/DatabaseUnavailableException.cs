namespace NetworkingCoach.Data;

/// <summary>The database file cannot be used (not a database, unreadable, locked); nothing was written to it.</summary>
public class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
