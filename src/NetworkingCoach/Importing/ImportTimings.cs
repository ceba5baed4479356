namespace NetworkingCoach.Importing;

/// <summary>
/// Where an import's time went. <see cref="LoadingKeys"/> runs beside <see cref="Reading"/> and
/// <see cref="Preparing"/> on another thread; <see cref="WaitingForKeys"/> is what the reading then waited for it. Only <see cref="Matching"/>, <see cref="Writing"/> and <see cref="Committing"/>
/// hold the write lock, spread over <see cref="Transactions"/> transactions, the longest of them held for
/// <see cref="LongestHold"/>; <see cref="WaitingForLock"/> is time spent waiting for other writers.
/// </summary>
public sealed record ImportTimings(
    TimeSpan LoadingKeys,
    TimeSpan Reading,
    TimeSpan Preparing,
    TimeSpan WaitingForKeys,
    TimeSpan WaitingForLock,
    TimeSpan Matching,
    TimeSpan Writing,
    TimeSpan Committing,
    int Transactions,
    TimeSpan LongestHold)
{
    public override string ToString() =>
        $"loading keys {LoadingKeys.TotalMilliseconds:0} ms, reading {Reading.TotalMilliseconds:0} ms, checking and keys {Preparing.TotalMilliseconds:0} ms, "
        + $"waiting for the stored keys {WaitingForKeys.TotalMilliseconds:0} ms, "
        + $"waiting for the lock {WaitingForLock.TotalMilliseconds:0} ms, matching {Matching.TotalMilliseconds:0} ms, writing {Writing.TotalMilliseconds:0} ms, "
        + $"committing {Committing.TotalMilliseconds:0} ms; {Transactions} transactions, the longest held {LongestHold.TotalMilliseconds:0} ms";
}
