using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace NetworkingCoach.Data;

/// <summary>Plain SQL over the context's connection, for aggregates and scans EF Core would make slow; values are written the way EF Core stores them.</summary>
public static class RawSql
{
    /// <summary>EF Core's SQLite text form of a DateTime, so string comparison in SQL orders correctly.</summary>
    public static string Text(DateTime value) => value.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="sql"/> with named parameters ("$name") and hands every row to <paramref name="row"/>.</summary>
    public static async Task ForEachAsync(AppDbContext db, string sql, IReadOnlyDictionary<string, object?> parameters, Action<DbDataReader> row, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            // The context closes the connection when it is disposed.
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    public static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
