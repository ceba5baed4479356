namespace NetworkingCoach.Importing;

/// <summary>A file that cannot be imported at all, with a message fit to show the user.</summary>
public sealed class ImportException(ImportErrorKind kind, string message, int? lineNumber = null, Exception? inner = null)
    : UserFacingException(lineNumber is null ? message : $"Line {lineNumber}: {message}", inner)
{
    public ImportErrorKind Kind { get; } = kind;

    /// <summary>The 1-based line where the problem was found, when there is one.</summary>
    public int? LineNumber { get; } = lineNumber;
}
