using System.Collections;

namespace NetworkingCoach.Coaching;

/// <summary>
/// A tie's reasons, put into words the first time they are read: the everyone-view judges tens of thousands of
/// ties and shows the reasons of a handful, so building every sentence up front was most of assessing.
/// </summary>
internal sealed class TieReasons(
    TieStrengthCalculator calculator,
    RelationshipHistory history,
    RelationshipStats stats,
    int knownDays,
    int score,
    TieTier tier,
    TieTier unrated) : IReadOnlyList<string>
{
    private List<string>? _reasons;

    public int Count => Reasons.Count;

    public string this[int index] => Reasons[index];

    public IEnumerator<string> GetEnumerator() => Reasons.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<string> Reasons
    {
        get
        {
            // Several readers may ask at once; the words published first are the ones everyone sees (all are equal).
            if (Volatile.Read(ref _reasons) is { } reasons)
            {
                return reasons;
            }

            var described = calculator.Describe(history, stats, knownDays, score, tier, unrated);
            return Interlocked.CompareExchange(ref _reasons, described, null) ?? described;
        }
    }
}
