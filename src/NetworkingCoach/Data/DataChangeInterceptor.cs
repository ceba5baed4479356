using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data;

/// <summary>
/// Tells the <see cref="DataChangeCounter"/> about every write EF Core sends and which contacts it touched:
/// SaveChanges names the contacts of the entities it saved; bulk ExecuteUpdate/ExecuteDelete and other
/// statements count as touching everything. A transaction's changes are recorded again when it commits: a
/// view computed while it was still open read the old data, and the commit makes it stale. Statements run
/// on EF's connection inside its transaction (the import's prepared statements) are covered by the commit:
/// an import always saves its batch row, which counts as touching everything.
/// </summary>
public sealed class DataChangeInterceptor(DataChangeCounter counter) : DbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingChanges> _pending = new();

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbCommand command, CommandExecutedEventData eventData)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges || !IsWrite(command.CommandText))
        {
            return;
        }

        counter.Record(ChangeSet.Everything);
        if (eventData.Context is { } context && context.Database.CurrentTransaction is not null)
        {
            Pending(context).Changes = ChangeSet.Everything;
        }
        else
        {
            counter.Committed();
        }
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nINSERT", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nUPDATE", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nDELETE", StringComparison.OrdinalIgnoreCase);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = Pending(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                pending.Saving.Add(entry.Entity);
                pending.Changes = pending.Changes.Union(ChangeSet.Of(OriginalContacts(entry)));
                if (TouchesEverything(entry))
                {
                    pending.Changes = ChangeSet.Everything;
                }
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        // Ids of added rows are known only now.
        var changes = pending.Changes.Union(ChangeSet.Of(pending.Saving.SelectMany(CurrentContacts)));
        pending.Saving.Clear();
        counter.Record(changes);
        if (context.Database.CurrentTransaction is null)
        {
            counter.Committed();
            _pending.Remove(context);
        }
        else
        {
            pending.Changes = changes;
        }
    }

    private void Commit(DbContext? context)
    {
        var changes = context is not null && _pending.TryGetValue(context, out var pending) ? pending.Changes : ChangeSet.None;
        if (context is not null)
        {
            _pending.Remove(context);
        }

        counter.Record(changes);
        counter.Committed();
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private PendingChanges Pending(DbContext context) => _pending.GetValue(context, static _ => new PendingChanges());

    private static bool TouchesEverything(EntityEntry entry) => entry.Entity switch
    {
        Setting => true,
        ImportBatch => true,
        Tag => entry.State != EntityState.Added,
        _ => false,
    };

    /// <summary>The contacts an entity belonged to before this save (a touchpoint moved to another contact touches both).</summary>
    private static IEnumerable<int> OriginalContacts(EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            return [];
        }

        return entry.Entity switch
        {
            Contact => [(int)entry.OriginalValues[nameof(Contact.Id)]!],
            Touchpoint => [(int)entry.OriginalValues[nameof(Touchpoint.ContactId)]!],
            Referral => [(int)entry.OriginalValues[nameof(Referral.ReferrerId)]!, (int)entry.OriginalValues[nameof(Referral.ReferredId)]!],
            ContactTag => [(int)entry.OriginalValues[nameof(ContactTag.ContactId)]!],
            _ => [],
        };
    }

    private static IEnumerable<int> CurrentContacts(object entity) => entity switch
    {
        Contact contact => [contact.Id],
        Touchpoint touchpoint => [touchpoint.ContactId],
        Referral referral => [referral.ReferrerId, referral.ReferredId],
        ContactTag tag => [tag.ContactId],
        ReminderState state => state.ContactId is { } id ? [id] : [],
        _ => [],
    };

    private sealed class PendingChanges
    {
        public ChangeSet Changes { get; set; } = ChangeSet.None;

        public List<object> Saving { get; } = [];
    }
}
