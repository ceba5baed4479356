namespace NetworkingCoach.Matching;

/// <summary>A person's normalised keys, worked out once by <see cref="SamePersonMatcher.Keys"/>.</summary>
public sealed record PersonKeys(string Name, string Company, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string? LinkedIn)
{
    public static PersonKeys Empty { get; } = new("", "", [], [], null);
}
