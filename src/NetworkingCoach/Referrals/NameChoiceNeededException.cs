namespace NetworkingCoach.Referrals;

/// <summary>Some names gained match existing contacts by name only; nothing was saved until the user chooses.</summary>
public sealed class NameChoiceNeededException(IReadOnlyDictionary<int, NameMatch> matchesByRow)
    : UserFacingException("Some names match people you already know. Pick the existing contact or choose to add a new one.")
{
    /// <summary>The rows (by index in the input list) that need a choice.</summary>
    public IReadOnlyDictionary<int, NameMatch> MatchesByRow { get; } = matchesByRow;
}
