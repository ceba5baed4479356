using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NetworkingCoach.Contacts;
using NetworkingCoach.Data;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Importing;

/// <summary>
/// Previews and imports contact files as one undoable batch: rows with problems are skipped and reported,
/// the same person (by the same-person matcher) is merged, a likely match is created and listed for review, or skipped on request.
/// </summary>
public sealed class ImportService(IDbContextFactory<AppDbContext> factory, DatabaseLocation location, TimeProvider clock, ILogger<ImportService> logger)
{
    /// <summary>The largest file the app accepts.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Rows matched and written per transaction.</summary>
    public const int ChunkSize = 2_000;

    private const int ListedRowsLimit = 1_000;

    private readonly ContactInputValidator _validator = new(clock);

    /// <summary>Reads the whole file and says what importing it would do, without writing anything. The stream must be seekable.</summary>
    /// <exception cref="ImportException">The file cannot be imported at all.</exception>
    public async Task<ImportPreview> PreviewAsync(Stream stream, string fileName, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        var detection = ImportFileReader.Detect(stream, options);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var matcher = await ImportMatcher.LoadAsync(db, cancellationToken);

        var tally = new Tally();
        var first = new List<ImportPreviewRow>();
        var problems = new List<ImportPreviewRow>();
        var duplicates = new List<ImportPreviewRow>();
        foreach (var row in ImportFileReader.Read(stream, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = Plan(row, matcher, options.SkipLikelyMatches);
            tally.Add(plan.Outcome);
            var shown = ToPreviewRow(plan);
            if (first.Count < options.PreviewRows)
            {
                first.Add(shown);
            }

            if (plan.Outcome == ImportRowOutcome.Error && problems.Count < ListedRowsLimit)
            {
                problems.Add(shown);
            }
            else if (plan.Outcome is ImportRowOutcome.LikelyDuplicate or ImportRowOutcome.Skipped && duplicates.Count < ListedRowsLimit)
            {
                duplicates.Add(shown);
            }
        }

        logger.LogInformation("Previewed {FileName} as {Format}: {Counts}", fileName, detection.Format, tally.ToCounts());
        return new ImportPreview(
            detection.Format, detection.Encoding.WebName, detection.Delimiter, detection.Headers, detection.Mapping, tally.ToCounts(), first, problems, duplicates);
    }

    /// <summary>
    /// Imports the file as one batch. Rows are read, checked and given their keys with no lock held (while the
    /// stored people's keys load on another thread); each chunk of <see cref="ChunkSize"/> rows is then matched
    /// and written in a short transaction of its own, so other writers (a save in the app) wait for one chunk,
    /// never for the whole file. Nothing is kept when the file is rejected (<see cref="ImportException"/>), the
    /// import is cancelled or a write fails: chunks already written are taken back as an undo would.
    /// </summary>
    public async Task<ImportResult> ImportAsync(
        Stream stream, string fileName, ImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        options ??= new ImportOptions();
        var detection = stream.CanSeek ? ImportFileReader.Detect(stream, options with { PreviewRows = 0 }) : null;
        long? totalBytes = stream.CanSeek ? stream.Length : null;
        var rows = ImportFileReader.Read(stream, options);
        await TakeBackInterruptedAsync(cancellationToken);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var timer = new PhaseTimer();

        var matcher = await ImportMatcher.CreateAsync(db, cancellationToken);
        var loading = Task.Run(() => LoadAsync(db, matcher, now, timer, cancellationToken), cancellationToken);
        ImportBatchWriter? writer = null;
        var batch = new ImportBatch
        {
            FileName = Truncate(Path.GetFileName(fileName), FieldLimits.FileName),
            Format = (detection?.Format ?? options.Format)?.ToString() ?? "",
            StartedAt = now,
        };
        var tally = new Tally();
        var rejected = new List<RejectedRow>();
        var duplicates = new List<ImportPreviewRow>();
        var chunk = new List<PreparedRow>(ChunkSize);
        var ready = new Queue<List<PreparedRow>>();
        var format = detection?.Format;
        var committed = false;
        ImportLease? lease = null;
        try
        {
            using var reading = rows.GetEnumerator();
            while (true)
            {
                var more = reading.MoveNext();
                timer.Lap(ref timer.Reading);
                if (more)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var row = reading.Current;
                    format ??= row.Source;
                    var prepared = Prepare(row, matcher);
                    timer.Lap(ref timer.Preparing);
                    if (prepared.Problems is { } problems)
                    {
                        tally.Add(ImportRowOutcome.Error);
                        rejected.Add(new RejectedRow(row.LineNumber, row.RawFields, problems));
                        continue;
                    }

                    chunk.Add(prepared);
                    if (chunk.Count < ChunkSize)
                    {
                        continue;
                    }
                }

                ready.Enqueue(chunk);
                chunk = new List<PreparedRow>(ChunkSize);
                if (more && !loading.IsCompleted)
                {
                    // Keep reading while the stored people load on the other core.
                    continue;
                }

                if (writer is null)
                {
                    writer = await loading;
                    matcher.ExpectRows(totalBytes is { } length && stream.Position > 0 ? (double)length / stream.Position : 1);
                }

                timer.Lap(ref timer.WaitingForKeys);
                while (ready.TryDequeue(out var next))
                {
                    var last = !more && ready.Count == 0;
                    await WriteChunkAsync(db, batch, id => lease = ImportLease.Take(location, id), next, matcher, writer, tally, duplicates, options.SkipLikelyMatches, timer, cancellationToken, last
                        ? () => writer.FinishAsync(batch.Id, format?.ToString() ?? batch.Format, tally.ToCounts(), clock.GetUtcNow().UtcDateTime, cancellationToken)
                        : null);
                    committed = true;
                    progress?.Report(new ImportProgress(tally.Rows, last ? totalBytes ?? 0 : stream.CanSeek ? stream.Position : 0, totalBytes));
                }

                if (!more)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (committed)
        {
            await DiscardAsync(batch.Id, fileName, ex);
            throw;
        }
        finally
        {
            lease?.Dispose();
            // The loader reads through the same context: it must be done before the context goes.
            await Task.WhenAny(loading);
            if (loading.IsCompletedSuccessfully)
            {
                loading.Result.Dispose();
            }
            else if (writer is null && loading.Exception is { } loadFailure)
            {
                logger.LogWarning(loadFailure, "Reading the stored contacts for the import of {FileName} failed", fileName);
            }
        }

        var counts = tally.ToCounts();
        var timings = timer.ToTimings();
        logger.LogInformation(
            "Imported {FileName} as batch {BatchId} ({Format}) in {Elapsed} ms: {Counts}; {Timings}", fileName, batch.Id, format, stopwatch.ElapsedMilliseconds, counts, timings);
        return new ImportResult(batch.Id, format ?? ImportFormatKind.Csv, detection?.Headers ?? [], counts, rejected, duplicates, stopwatch.Elapsed) { Timings = timings };
    }

    /// <summary>Past imports, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatchSummary>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Select(b => new ImportBatchSummary(
                b.Id, b.FileName, b.Format, b.StartedAt, b.CompletedAt, b.RowCount, b.CreatedCount, b.MergedCount, b.DuplicateCount, b.ErrorCount, b.UndoneAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Removes the contacts the batch created and puts merged contacts back as they were, in one transaction.
    /// Refused, naming the contacts, when any of them was edited or used since.
    /// </summary>
    /// <exception cref="ImportUndoException">The batch does not exist, was undone already, or contacts block it.</exception>
    public Task UndoAsync(int batchId, CancellationToken cancellationToken = default) => UndoAsync(batchId, forget: false, onlyIfCutOff: false, cancellationToken);

    /// <summary>
    /// Takes back imports that were cut off between chunks (the process killed, the power lost), as an undo would,
    /// so a file is imported whole or not at all. Imports still running, in this process or another, are left alone.
    /// </summary>
    /// <returns>How many imports were taken back.</returns>
    public async Task<int> TakeBackInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var unfinished = await db.ImportBatches.AsNoTracking().Where(b => b.CompletedAt == null && b.UndoneAt == null)
            .Select(b => new { b.Id, b.FileName }).ToListAsync(cancellationToken);

        var takenBack = 0;
        foreach (var batch in unfinished.Where(b => !ImportLease.IsHeld(location, b.Id)))
        {
            try
            {
                if (await UndoAsync(batch.Id, forget: true, onlyIfCutOff: true, cancellationToken))
                {
                    takenBack++;
                    logger.LogWarning("The import of {FileName} (batch {BatchId}) was cut off before it finished; what it wrote has been taken back", batch.FileName, batch.Id);
                }
            }
            catch (ImportUndoException ex)
            {
                logger.LogWarning(ex, "The import of {FileName} (batch {BatchId}) was cut off before it finished and cannot be taken back by itself: {Problem}", batch.FileName, batch.Id, ex.Message);
            }
        }

        return takenBack;
    }

    // forget: the batch row goes too, for an import that failed and so never happened. onlyIfCutOff: checked again under
    // the write lock, since the import may have finished (or still be running) since it was found unfinished.
    private async Task<bool> UndoAsync(int batchId, bool forget, bool onlyIfCutOff, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw new ImportUndoException($"There is no import batch {batchId}.");
        if (onlyIfCutOff && (batch.CompletedAt is not null || batch.UndoneAt is not null || ImportLease.IsHeld(location, batchId)))
        {
            return false;
        }
        if (batch.UndoneAt is { } undoneAt)
        {
            throw new ImportUndoException($"The import of {batch.FileName} was already undone on {undoneAt:d MMM yyyy HH:mm} UTC.");
        }

        var items = await db.ImportBatchItems.AsNoTracking()
            .Where(i => i.ImportBatchId == batchId)
            .Join(db.Contacts, i => i.ContactId, c => c.Id, (i, c) => new { Item = i, c.Name, c.Version })
            .ToListAsync(cancellationToken);
        var createdIds = items.Where(x => x.Item.Kind == ImportItemKind.Created).Select(x => x.Item.ContactId).ToList();
        var edited = items.Where(x => x.Version != x.Item.ContactVersionAfter).Select(x => x.Name);
        var used = await db.Contacts
            .Where(c => createdIds.Contains(c.Id)
                && (c.Touchpoints.Any()
                    || db.Messages.Any(m => m.ContactId == c.Id)
                    || db.Referrals.Any(r => r.ReferrerId == c.Id || r.ReferredId == c.Id)))
            .Select(c => c.Name)
            .ToListAsync(cancellationToken);
        var blocking = edited.Concat(used).Distinct().Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        if (blocking.Count > 0)
        {
            throw new ImportUndoException(BlockedMessage(batch.FileName, blocking), blocking);
        }

        var records = items.Select(x => (x.Item, Record: ImportItemRecord.FromJson(x.Item.Before))).ToList();
        foreach (var (item, record) in records.Where(r => r.Item.Kind == ImportItemKind.Merged && r.Record.Contact is not null))
        {
            await RestoreAsync(db, item.ContactId, record.Contact!, cancellationToken);
        }

        foreach (var ids in createdIds.Chunk(ChunkSize))
        {
            await db.Contacts.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.ImportBatchItems.Where(i => i.ImportBatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        var companyIds = records.SelectMany(r => r.Record.CreatedCompanyIds).Distinct().ToList();
        await db.Companies.Where(c => companyIds.Contains(c.Id) && !c.Contacts.Any()).ExecuteDeleteAsync(cancellationToken);
        var tagIds = records.SelectMany(r => r.Record.CreatedTagIds).Distinct().ToList();
        await db.Tags.Where(t => tagIds.Contains(t.Id) && !db.ContactTags.Any(ct => ct.TagId == t.Id)).ExecuteDeleteAsync(cancellationToken);

        if (forget)
        {
            db.ImportBatches.Remove(batch);
        }
        else
        {
            batch.UndoneAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Undid import batch {BatchId}: removed {Created} contacts, restored {Merged}", batchId, createdIds.Count, records.Count - createdIds.Count);
        return true;
    }

    // One consistent read of the stored keys, companies and tags, beside the reading of the file; in WAL a reader blocks no writer.
    private static async Task<ImportBatchWriter> LoadAsync(AppDbContext db, ImportMatcher matcher, DateTime now, PhaseTimer timer, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        await matcher.CatchUpAsync(db, cancellationToken);
        var writer = ImportBatchWriter.Create(db, now, cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        await db.Database.UseTransactionAsync(null, cancellationToken);
        timer.LoadingKeys = Stopwatch.GetElapsedTime(started);
        return writer;
    }

    // Matches and writes one chunk in a transaction of its own; BEGIN IMMEDIATE waits (busy timeout) for any other writer first.
    private static async Task WriteChunkAsync(
        AppDbContext db, ImportBatch batch, Action<int> started, List<PreparedRow> chunk, ImportMatcher matcher, ImportBatchWriter writer, Tally tally,
        List<ImportPreviewRow> duplicates, bool skipLikely, PhaseTimer timer, CancellationToken cancellationToken, Func<Task>? finish)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        timer.LockTaken();
        if (batch.Id == 0)
        {
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            started(batch.Id); // before the batch is committed, so no one sees it unfinished without its lease
        }

        // Contacts, companies and tags someone saved since the last chunk are matched against too.
        await matcher.CatchUpAsync(db, cancellationToken);
        writer.Begin(cancellationToken);
        var plans = new List<RowPlan>(chunk.Count);
        foreach (var prepared in chunk)
        {
            var plan = Decide(prepared, matcher, skipLikely);
            tally.Add(plan.Outcome);
            if (plan.Outcome is ImportRowOutcome.LikelyDuplicate or ImportRowOutcome.Skipped && duplicates.Count < ListedRowsLimit)
            {
                duplicates.Add(ToPreviewRow(plan));
            }

            if (plan.Outcome != ImportRowOutcome.Skipped)
            {
                plans.Add(plan);
            }
        }

        timer.Lap(ref timer.Matching);
        await writer.WriteAsync(batch.Id, plans, cancellationToken);
        matcher.Seen(writer.LastContactId);
        if (finish is not null)
        {
            await finish();
        }
        else
        {
            // Rows so far; through EF Core, so the app's views learn at commit that this chunk changed the data.
            await db.ImportBatches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(set => set.SetProperty(b => b.RowCount, tally.Rows), cancellationToken);
        }

        timer.Lap(ref timer.Writing);
        await transaction.CommitAsync(cancellationToken);
        timer.Lap(ref timer.Committing);
        timer.Transaction();
    }

    // Takes back what a failed import already committed, as an undo would, and forgets the batch.
    private async Task DiscardAsync(int batchId, string fileName, Exception failure)
    {
        logger.LogError(failure, "The import of {FileName} failed; taking back what batch {BatchId} wrote", fileName, batchId);
        try
        {
            await UndoAsync(batchId, forget: true, onlyIfCutOff: false, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "What the failed import of {FileName} wrote could not be taken back: undo batch {BatchId} from the list of imports", fileName, batchId);
        }
    }

    private RowPlan Plan(ImportedRow row, ImportMatcher matcher, bool skipLikely) => Decide(Prepare(row, matcher), matcher, skipLikely);

    // What needs no database: the row's problems, else its keys.
    private PreparedRow Prepare(ImportedRow row, ImportMatcher matcher)
    {
        var problems = ImportRowInput.Problems(row, _validator);
        if (problems.Count > 0)
        {
            return new PreparedRow(row, string.Join(" ", problems), null);
        }

        // Only rejected rows are written back out as read; an accepted row may wait a while for the stored keys, holding no more than it needs.
        return new PreparedRow(row with { RawFields = [], Problems = [] }, null, matcher.KeysOf(row));
    }

    private static RowPlan Decide(PreparedRow prepared, ImportMatcher matcher, bool skipLikely)
    {
        var row = prepared.Row;
        if (prepared.Keys is not { } keys)
        {
            return new RowPlan(row, ImportRowOutcome.Error, null, prepared.Problems);
        }

        var found = matcher.Find(keys);
        if (found is { Match.IsSame: true })
        {
            matcher.Register(keys, found.Value.Target);
            return new RowPlan(row, ImportRowOutcome.Merge, found.Value.Target, $"{found.Value.Match.Reason} as {found.Value.Target.Describe()}");
        }

        var likely = found is { } f ? $"{f.Match.Reason} as {f.Target.Describe()}; check whether it is the same person" : null;
        if (likely is not null && skipLikely)
        {
            return new RowPlan(row, ImportRowOutcome.Skipped, null, likely);
        }

        var target = new ImportTarget(0, row.Name, row.LineNumber);
        matcher.Register(keys, target);
        return likely is null
            ? new RowPlan(row, ImportRowOutcome.New, target, null)
            : new RowPlan(row, ImportRowOutcome.LikelyDuplicate, target, likely);
    }

    private static async Task RestoreAsync(AppDbContext db, int id, ContactSnapshot before, CancellationToken cancellationToken)
    {
        var emailIds = before.EmailIds.ToList();
        var phoneIds = before.PhoneIds.ToList();
        var tagIds = before.TagIds.ToList();
        await db.ContactEmails.Where(e => e.ContactId == id && !emailIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.ContactPhones.Where(p => p.ContactId == id && !phoneIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.ContactTags.Where(t => t.ContactId == id && !tagIds.Contains(t.TagId)).ExecuteDeleteAsync(cancellationToken);

        // Written directly so the version goes back too: the contact is exactly as it was before the import.
        await db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(c => c.Name, before.Name)
                .SetProperty(c => c.CompanyId, before.CompanyId)
                .SetProperty(c => c.Title, before.Title)
                .SetProperty(c => c.Location, before.Location)
                .SetProperty(c => c.HowWeMet, before.HowWeMet)
                .SetProperty(c => c.KnownSince, before.KnownSince)
                .SetProperty(c => c.Birthday, before.Birthday)
                .SetProperty(c => c.Closeness, before.Closeness)
                .SetProperty(c => c.Notes, before.Notes)
                .SetProperty(c => c.LinkedInUrl, before.LinkedInUrl)
                .SetProperty(c => c.LinkedInKey, before.LinkedInKey)
                .SetProperty(c => c.UpdatedAt, before.UpdatedAt)
                .SetProperty(c => c.Version, before.Version)
                .SetProperty(c => c.SearchText, before.SearchText),
            cancellationToken);
    }

    private static string BlockedMessage(string fileName, IReadOnlyList<string> names)
    {
        const int shown = 10;
        var list = string.Join(", ", names.Take(shown)) + (names.Count > shown ? $" and {names.Count - shown} more" : "");
        return $"The import of {fileName} was not undone, because {(names.Count == 1 ? "this contact was" : $"these {names.Count} contacts were")} "
            + $"changed after it (edited, or given touchpoints, messages or referrals): {list}. Nothing was changed.";
    }

    private static ImportPreviewRow ToPreviewRow(RowPlan plan) => new(
        plan.Row.LineNumber,
        plan.Row.Name,
        plan.Row.Emails.FirstOrDefault()?.Value,
        plan.Row.Company,
        plan.Row.Title,
        plan.Outcome,
        plan.Detail);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private sealed class Tally
    {
        private int _new, _merged, _likely, _skipped, _errors;

        public int Rows { get; private set; }

        public void Add(ImportRowOutcome outcome)
        {
            Rows++;
            switch (outcome)
            {
                case ImportRowOutcome.New: _new++; break;
                case ImportRowOutcome.Merge: _merged++; break;
                case ImportRowOutcome.LikelyDuplicate: _likely++; break;
                case ImportRowOutcome.Skipped: _skipped++; break;
                default: _errors++; break;
            }
        }

        public ImportCounts ToCounts() => new(Rows, _new, _merged, _likely, _errors, _skipped);
    }

    // Time per phase; each Lap adds the time since the previous one to a phase.
    private sealed class PhaseTimer
    {
        public TimeSpan LoadingKeys, Reading, Preparing, WaitingForKeys, WaitingForLock, Matching, Writing, Committing;
        private long _last = Stopwatch.GetTimestamp();
        private long _transactionStarted;
        private TimeSpan _longestHold;
        private int _transactions;

        public void Lap(ref TimeSpan phase)
        {
            var now = Stopwatch.GetTimestamp();
            phase += Stopwatch.GetElapsedTime(_last, now);
            _last = now;
        }

        /// <summary>The wait for the write lock ends and a transaction holding it begins.</summary>
        public void LockTaken()
        {
            Lap(ref WaitingForLock);
            _transactionStarted = _last;
        }

        public void Transaction()
        {
            _longestHold = Max(_longestHold, Stopwatch.GetElapsedTime(_transactionStarted, _last));
            _transactions++;
        }

        public ImportTimings ToTimings() => new(LoadingKeys, Reading, Preparing, WaitingForKeys, WaitingForLock, Matching, Writing, Committing, _transactions, _longestHold);

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }
}
