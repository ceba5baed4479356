using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace NetworkingCoach.Data;

/// <summary>
/// Notices commits made by other connections (the CLI importing while the web app runs) through SQLite's
/// <c>PRAGMA data_version</c> on one dedicated connection, read at most every <see cref="PollInterval"/>.
/// The app's own commits are acknowledged as they happen, so only other writers count.
/// </summary>
public sealed class ExternalChangeWatcher(DatabaseLocation location, ILogger<ExternalChangeWatcher> logger) : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private long? _known;
    private long _nextPoll;
    private bool _reopened;
    private bool _failing;

    /// <summary>True when another connection committed since the last reading; cheap when called often.</summary>
    public bool SawOtherWriters()
    {
        if (!_gate.TryEnter())
        {
            return false;
        }

        try
        {
            var now = Stopwatch.GetTimestamp();
            if (now < _nextPoll)
            {
                return false;
            }

            _nextPoll = now + (long)(PollInterval.TotalSeconds * Stopwatch.Frequency);
            var value = Read();
            if (value is null || value == _known)
            {
                return false;
            }

            // A fresh connection after a failure counts the file's versions afresh: the store may have been replaced.
            var changed = _known is not null || _reopened;
            _known = value;
            _reopened = false;
            return changed;
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>Takes the current reading as known: called right after this process commits.</summary>
    public void Acknowledge()
    {
        lock (_gate)
        {
            if (_known is not null && Read() is { } value)
            {
                _known = value;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private long? Read()
    {
        try
        {
            if (_connection is null)
            {
                // ReadWrite, not ReadWriteCreate: watching must never create a database that is not there yet.
                var builder = new SqliteConnectionStringBuilder(location.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
                var connection = new SqliteConnection(builder.ConnectionString);
                connection.Open();
                _connection = connection;
                _reopened = _failing;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            var value = (long)command.ExecuteScalar()!;
            _failing = false;
            return value;
        }
        catch (SqliteException ex)
        {
            // A missing, replaced or locked file: the views keep what they have and the next reading tries again.
            if (!_failing)
            {
                logger.LogWarning(ex, "Could not read the store's change counter; changes by other processes are noticed once it can be read again");
            }

            _failing = true;
            _connection?.Dispose();
            _connection = null;
            return null;
        }
    }
}
