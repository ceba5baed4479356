using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NetworkingCoach.Data;

namespace NetworkingCoach.Importing;

/// <summary>
/// Reads rows saved after a given id, in the context's open transaction, straight from the connection: what the
/// import catches up on before every chunk, where EF Core's query pipeline cost more than the rows it returned.
/// </summary>
internal static class ImportStoreReader
{
    /// <summary>Runs <paramref name="sql"/> (which names the id as $after) on the open connection and hands every row to <paramref name="row"/>.</summary>
    public static void ForEach(AppDbContext db, string sql, int after, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$after";
        parameter.Value = after;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        for (var count = 0; reader.Read(); count++)
        {
            if (count % 1_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            row(reader);
        }
    }
}
