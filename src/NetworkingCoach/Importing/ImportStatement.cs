using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NetworkingCoach.Importing;

/// <summary>
/// One statement of the import's writes, prepared once through SQLite's own API and run again and again with new
/// values: no command, reader or parameter objects per row, and text bound from the string as it is.
/// Runs in whatever transaction the connection has open; the import's always holds the write lock.
/// </summary>
internal sealed class ImportStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public ImportStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
        var rc = raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds the value to parameter <paramref name="index"/>: ?1 is 1.</summary>
    public ImportStatement Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public ImportStatement Bind(int index, long? value) => value is { } number ? Bind(index, number) : Check(raw.sqlite3_bind_null(_statement, index));

    public ImportStatement Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    /// <summary>Runs the statement with the values bound, then makes it ready for the next ones.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a statement that returns one integer.</summary>
    public long Scalar()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
            return raw.sqlite3_column_int64(_statement, 0);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private ImportStatement Check(int rc)
    {
        SqliteException.ThrowExceptionForRC(rc, _db);
        return this;
    }
}
