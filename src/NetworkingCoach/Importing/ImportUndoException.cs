namespace NetworkingCoach.Importing;

/// <summary>An import batch cannot be undone; <see cref="BlockingContacts"/> names the contacts in the way, if any.</summary>
public sealed class ImportUndoException(string message, IReadOnlyList<string>? blockingContacts = null) : UserFacingException(message)
{
    public IReadOnlyList<string> BlockingContacts { get; } = blockingContacts ?? [];
}
