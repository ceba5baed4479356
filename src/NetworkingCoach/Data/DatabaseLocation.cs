using Microsoft.Data.Sqlite;

namespace NetworkingCoach.Data;

/// <summary>Where the SQLite file lives: an explicit connection string wins, else a data folder.</summary>
public sealed record DatabaseLocation(string ConnectionString, string DatabasePath, string DataDirectory)
{
    public const string FileName = "networkingcoach.db";
    public const string DataDirectoryVariable = "NETWORKINGCOACH_DATA";
    public const string BusyTimeoutVariable = "NETWORKINGCOACH_BUSY_TIMEOUT";
    public const int DefaultBusyTimeoutSeconds = 60;

    /// <summary>The per-user default, e.g. ~/.local/share/NetworkingCoach on Linux, %LOCALAPPDATA%\NetworkingCoach on Windows.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "NetworkingCoach");

    /// <summary>Resolves the location from an optional connection string and an optional data folder.</summary>
    public static DatabaseLocation Resolve(string? connectionString, string? dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var path = Path.GetFullPath(builder.DataSource);
            builder.DataSource = path;
            return new DatabaseLocation(Complete(builder), path, Path.GetDirectoryName(path)!);
        }

        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory : dataDirectory);
        return ForFile(Path.Combine(directory, FileName));
    }

    /// <summary>A location for one database file, as the CLI's --db option gives it.</summary>
    public static DatabaseLocation ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = full };
        return new DatabaseLocation(Complete(builder), full, Path.GetDirectoryName(full)!);
    }

    private static string Complete(SqliteConnectionStringBuilder builder)
    {
        // Never create a file the user did not ask for in a folder that is not there; the folder is created explicitly.
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        // Writers wait for one another (an import holds the write lock briefly) rather than failing fast.
        builder.DefaultTimeout = BusyTimeoutSeconds();
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>How long a writer waits for another to finish: <see cref="BusyTimeoutVariable"/> seconds, else 60.</summary>
    private static int BusyTimeoutSeconds() =>
        int.TryParse(Environment.GetEnvironmentVariable(BusyTimeoutVariable), out var seconds) && seconds is >= 0 and <= 3600
            ? seconds
            : DefaultBusyTimeoutSeconds;
}
