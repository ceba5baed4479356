using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Data;

namespace NetworkingCoach.Exporting;

/// <summary>
/// The whole network as one portable JSON file (every table: contacts, companies, tags, touchpoints, meetings,
/// referrals, messages, reminders, settings, import history, review decisions), and its import into an empty
/// database that reproduces it row for row. The format is described in docs/operations.md.
/// </summary>
public sealed class EverythingExportService(IDbContextFactory<AppDbContext> factory, DatabaseLocation location, ILogger<EverythingExportService> logger)
{
    public const string FormatName = "networkingcoach-everything";
    public const int FormatVersion = 1;

    /// <summary>Writes every table to <paramref name="stream"/>; returns the number of rows written.</summary>
    public async Task<long> ExportAsync(Stream stream, DateTime exportedAtUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var schema = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "";
        await using var connection = Open(readOnly: true);
        await using var transaction = connection.BeginTransaction();
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("schema", schema);
        json.WriteString("exportedAt", exportedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tables");
        long rows = 0;
        foreach (var table in Tables(connection))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT * FROM "{table}" ORDER BY rowid;""";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            json.WriteStartObject(table);
            json.WriteStartArray("columns");
            for (var i = 0; i < reader.FieldCount; i++)
            {
                json.WriteStringValue(reader.GetName(i));
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            while (await reader.ReadAsync(cancellationToken))
            {
                json.WriteStartArray();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    WriteValue(json, reader.GetValue(i));
                }

                json.WriteEndArray();
                rows++;
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        logger.LogInformation("Exported everything: {Rows} rows", rows);
        return rows;
    }

    /// <summary>
    /// Loads an export into this database, which must be empty (migrated, no rows); one transaction, so a file
    /// that fails leaves it empty. Returns the rows loaded per table.
    /// </summary>
    /// <exception cref="ExportFileException">The file is not an export, is from a newer schema, or the database is not empty.</exception>
    public async Task<IReadOnlyDictionary<string, long>> ImportAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ExportFileException($"The file is not a NetworkingCoach export (it is not valid JSON: {ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != FormatName
                || !root.TryGetProperty("tables", out var tables))
            {
                throw new ExportFileException("The file is not a NetworkingCoach export (no \"format\": \"networkingcoach-everything\").");
            }

            if (root.TryGetProperty("version", out var version) && version.GetInt32() > FormatVersion)
            {
                throw new ExportFileException($"The export was written by a newer release (format version {version.GetInt32()}); update the app first.");
            }

            await using var connection = Open(readOnly: false);
            await using (var off = connection.CreateCommand())
            {
                // Rows go in table by table; the keys are checked once all are in.
                off.CommandText = "PRAGMA foreign_keys = OFF;";
                await off.ExecuteNonQueryAsync(cancellationToken);
            }

            var known = Tables(connection).ToHashSet(StringComparer.Ordinal);
            await using var transaction = connection.BeginTransaction();
            foreach (var table in known)
            {
                if (await CountAsync(connection, table, cancellationToken) > 0)
                {
                    throw new ExportFileException($"The database is not empty ({table} has rows): an export is loaded into a new, empty database only.");
                }
            }

            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in tables.EnumerateObject())
            {
                if (!known.Contains(table.Name))
                {
                    throw new ExportFileException($"The export has a table {table.Name} this release does not know; update the app first.");
                }

                counts[table.Name] = await InsertAsync(connection, table.Name, table.Value, cancellationToken);
            }

            await using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA foreign_key_check;";
                await using var reader = await check.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    throw new ExportFileException($"The export is inconsistent: a row of {reader.GetString(0)} points at a row that is not in the file.");
                }
            }

            await transaction.CommitAsync(cancellationToken);
            SqliteConnection.ClearPool(connection);
            logger.LogInformation("Imported an export: {Rows} rows", counts.Values.Sum());
            return counts;
        }
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, string table, JsonElement content, CancellationToken cancellationToken)
    {
        var columns = content.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"""SELECT name FROM pragma_table_info('{table}');""";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add(reader.GetString(0));
            }
        }

        if (columns.FirstOrDefault(c => !existing.Contains(c)) is { } unknown)
        {
            throw new ExportFileException($"The export's {table} has a column {unknown} this release does not know; update the app first.");
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});""";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToList();
        insert.Prepare();
        long count = 0;
        foreach (var row in content.GetProperty("rows").EnumerateArray())
        {
            var i = 0;
            foreach (var value in row.EnumerateArray())
            {
                parameters[i++].Value = ReadValue(value);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private SqliteConnection Open(bool readOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(location.ConnectionString)
        {
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*) FROM "{table}";""";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case DBNull: json.WriteNullValue(); break;
            case long number: json.WriteNumberValue(number); break;
            case double real: json.WriteNumberValue(real); break;
            case string text: json.WriteStringValue(text); break;
            case byte[] bytes:
                json.WriteStartObject();
                json.WriteBase64String("base64", bytes);
                json.WriteEndObject();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static object ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        JsonValueKind.Object when value.TryGetProperty("base64", out var bytes) => bytes.GetBytesFromBase64(),
        _ => throw new ExportFileException($"The export holds a value this release cannot read: {value.GetRawText()}"),
    };
}
