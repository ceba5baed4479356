using NetworkingCoach.Contacts;

namespace NetworkingCoach.Referrals;

/// <summary>The decision for one name gained, with the candidates when the user has to choose.</summary>
public sealed record NameMatch(NameMatchKind Kind, int? ContactId, string? ContactName, string? Reason, IReadOnlyList<DuplicateCandidate> Candidates)
{
    public static NameMatch Create { get; } = new(NameMatchKind.CreateNew, null, null, null, []);
}
