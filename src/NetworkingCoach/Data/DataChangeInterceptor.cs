using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NetworkingCoach.Data;

/// <summary>
/// Bumps the <see cref="DataChangeCounter"/> after any INSERT, UPDATE or DELETE EF Core sends, including bulk
/// ExecuteDelete/ExecuteUpdate, and again when a transaction commits: a view computed while a transaction was
/// still open read the old data, and the commit makes it stale. Commands run on EF's connection inside its
/// transaction (the import's prepared statements) are covered by the commit.
/// </summary>
public sealed class DataChangeInterceptor(DataChangeCounter counter) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => counter.Increment();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        counter.Increment();
        return Task.CompletedTask;
    }

    private void Note(DbCommand command)
    {
        var text = command.CommandText.AsSpan().TrimStart();
        if (text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nINSERT", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nUPDATE", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nDELETE", StringComparison.OrdinalIgnoreCase))
        {
            counter.Increment();
        }
    }
}
